using System.Text.RegularExpressions;

namespace Hub.Architecture.Tests;

/// <summary>
/// The C# and Razor sources of a project with their comments taken out, for the references a
/// compiled assembly does not keep (constants, <c>nameof</c>).
/// </summary>
public static partial class SourceFiles
{
    public static IEnumerable<(string Path, string[] Lines)> Of(string project) =>
        Directory.EnumerateFiles(Solution.PathOf("src", project), "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(path => !Path.GetRelativePath(Solution.Root, path).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules"))
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetRelativePath(Solution.Root, path), WithoutComments(File.ReadAllText(path), path.EndsWith(".cshtml", StringComparison.Ordinal)).Split('\n')));

    /// <summary>Blanks out comments but keeps the line breaks, so that line numbers still point at the source.</summary>
    private static string WithoutComments(string source, bool razor)
    {
        var blanked = Comment().Replace(source, Blank);
        return razor ? RazorComment().Replace(blanked, Blank) : blanked;
    }

    private static string Blank(Match comment) => new(comment.Value.Where(c => c == '\n').ToArray());

    // Block comments, and line comments that do not follow a colon (as in "https://").
    [GeneratedRegex(@"/\*.*?\*/|(?<!:)//[^\n]*", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex RazorComment();
}
