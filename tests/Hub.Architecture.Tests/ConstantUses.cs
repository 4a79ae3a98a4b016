using System.Text.RegularExpressions;
using Mono.Cecil;

namespace Hub.Architecture.Tests;

/// <summary>
/// Where a project's C# sources use the constants of its own types (<c>HubRoles.Moderator</c>,
/// <c>ChallengeErrorCodes.ChallengeNotFound</c>): uses the compiled assembly does not keep, since the
/// compiler copies a constant's value into the code that reads it.
/// </summary>
public static partial class ConstantUses
{
    /// <summary>
    /// Every use, as the namespace of the file that makes it, the type whose constant it reads and
    /// the place. A type whose name another Hub type shares is left out: its uses cannot be told apart.
    /// </summary>
    public static IEnumerable<(string Namespace, TypeDefinition Holder, string Place)> In(CodeMap code, string project)
    {
        var names = new[] { CodeMap.Grains, CodeMap.Silo, CodeMap.Web }
            .SelectMany(map => map.Types)
            .GroupBy(type => type.Name, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        var holders = code.Types
            .Where(type => type.DeclaringType is null && names[type.Name] == 1)
            .Select(type => (type, constants: type.Fields.Where(field => field.IsLiteral).Select(field => field.Name).ToList()))
            .Where(holder => holder.constants.Count > 0)
            .Select(holder => (holder.type, use: new Regex($@"(?<!\w){Regex.Escape(holder.type.Name)}\s*\.\s*({string.Join("|", holder.constants.Select(Regex.Escape))})(?!\w)")))
            .ToList();

        foreach (var (path, lines) in SourceFiles.Of(project).Where(file => file.Path.EndsWith(".cs", StringComparison.Ordinal)))
        {
            if (lines.Select(line => Namespace().Match(line)).FirstOrDefault(match => match.Success) is not { } declared)
            {
                continue;
            }

            for (var number = 1; number <= lines.Length; number++)
            {
                foreach (var (holder, use) in holders)
                {
                    if (use.Match(lines[number - 1]) is { Success: true } match)
                    {
                        yield return (declared.Groups[1].Value, holder, $"{path}:{number} ({match.Value})");
                    }
                }
            }
        }
    }

    [GeneratedRegex(@"^\s*namespace\s+([\w.]+)")]
    private static partial Regex Namespace();
}
