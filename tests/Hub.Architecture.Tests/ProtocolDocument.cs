using System.Text.RegularExpressions;

namespace Hub.Architecture.Tests;

/// <summary>docs/protocol.md, read as the tables a third-party client writer looks things up in.</summary>
public static partial class ProtocolDocument
{
    public static string Path { get; } = Solution.PathOf("docs", "protocol.md");

    private static readonly string[] _lines = File.ReadAllLines(Path);

    /// <summary>The event types in the table of section 8, "Events".</summary>
    public static IReadOnlySet<string> EventTypes => NamesInTables(EventsHeading());

    /// <summary>The codes in the table under "Error codes" of section 10.</summary>
    public static IReadOnlySet<string> ErrorCodes => NamesInTables(ErrorCodesHeading());

    /// <summary>
    /// The names in the first column of the tables under a heading, down to the next heading of
    /// the same or a higher level: the cells that open a row with <c>| `name` |</c>.
    /// </summary>
    private static HashSet<string> NamesInTables(Regex heading)
    {
        var start = Array.FindIndex(_lines, line => heading.IsMatch(line));
        Assert.True(start >= 0, $"{Path} has no heading that matches {heading}.");
        var level = _lines[start].TakeWhile(c => c == '#').Count();

        var names = new HashSet<string>(StringComparer.Ordinal);
        var section = _lines.Skip(start + 1).TakeWhile(line => !IsHeadingUpTo(line, level)).ToList();
        for (var i = 0; i < section.Count; i++)
        {
            // A table's header row is the one above its |---| line.
            var isHeader = i + 1 < section.Count && HeaderRule().IsMatch(section[i + 1]);
            if (!isHeader && FirstCell().Match(section[i]) is { Success: true } cell)
            {
                names.Add(cell.Groups[1].Value);
            }
        }

        return names;
    }

    private static bool IsHeadingUpTo(string line, int level)
    {
        var hashes = line.TakeWhile(c => c == '#').Count();
        return hashes > 0 && hashes <= level && line.Length > hashes && line[hashes] == ' ';
    }

    [GeneratedRegex(@"^##\s+(\d+\.\s+)?Events\s*$")]
    private static partial Regex EventsHeading();

    [GeneratedRegex(@"^###\s+Error codes\s*$")]
    private static partial Regex ErrorCodesHeading();

    [GeneratedRegex(@"^\|\s*`([^`]+)`\s*\|")]
    private static partial Regex FirstCell();

    [GeneratedRegex(@"^\|\s*:?-{3,}")]
    private static partial Regex HeaderRule();
}
