using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Hub.Architecture.Tests;

/// <summary>
/// Every text a person reads comes in Swedish: each English text the pages hand the localiser has
/// its Swedish in the resource file, and each text a script shows is one the page sends it.
/// </summary>
public sealed partial class LocalizationTests
{
    private static readonly HashSet<string> Swedish = XDocument.Load(Solution.PathOf("src", "Hub.Web", "Resources", "Localization", "SharedResource.sv.resx"))
        .Root!.Elements("data").Select(data => (string)data.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Every_text_the_pages_translate_has_its_Swedish()
    {
        var untranslated =
            from file in SourceFiles.Of("Hub.Web")
            from line in file.Lines.Select((text, index) => (text, number: index + 1))
            from text in TranslatedTexts(line.text, file.Path)
            where !Swedish.Contains(text)
            select $"{file.Path}:{line.number}: \"{text}\"";

        Verdict.NoneOf(untranslated, "Texts with no Swedish in SharedResource.sv.resx");
    }

    [Fact]
    public void Every_text_a_script_shows_is_sent_by_the_page_in_its_language()
    {
        var sources = SourceFiles.Of("Hub.Web").ToList();
        var sent = Literals(sources, "_ClientStrings.cshtml");
        var refusals = Literals(sources, "Refusals.cs");
        var unsent =
            from path in Directory.GetFiles(Solution.PathOf("src", "Hub.Web", "wwwroot", "js"), "*.js")
            from line in File.ReadAllLines(path).Select((text, index) => (text, number: index + 1))
            from match in ScriptText().Matches(line.text)
            from text in match.Groups["text"].Captures.Select(capture => capture.Value)
            where text.StartsWith("error:", StringComparison.Ordinal) ? !refusals.Contains(text["error:".Length..]) : !sent.Contains(text)
            select $"{Path.GetFileName(path)}:{line.number}: '{text}'";

        Verdict.NoneOf(unsent, "Texts the scripts show that _ClientStrings.cshtml does not send");
    }

    private static HashSet<string> Literals(IEnumerable<(string Path, string[] Lines)> sources, string fileName) =>
        sources.Single(file => Path.GetFileName(file.Path) == fileName).Lines
            .SelectMany(line => Literal().Matches(line).Select(match => match.Groups["text"].Value))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The literals a line hands the localiser: in its indexer, a counted text, a validation message, or a table of texts.</summary>
    private static IEnumerable<string> TranslatedTexts(string line, string path)
    {
        var inTable = Path.GetFileName(path) is "Refusals.cs" or "_ClientStrings.cshtml" || path.EndsWith("Labels.cs", StringComparison.Ordinal);
        var spans = inTable ? [line] : Localised().Matches(line).Select(match => match.Value);
        return spans.SelectMany(span => Literal().Matches(span).Select(match => match.Groups["text"].Value))
            .Where(text => text.Length > 0 && !Code().IsMatch(text) && text != ", " && !Hole().IsMatch(text) && !text.Contains('/', StringComparison.Ordinal));
    }

    [GeneratedRegex(@"(?:\bT|localizer)\[[^\]]*\]|\.Plural\([^)]*\)|ErrorMessage\s*=\s*""[^""]*""")]
    private static partial Regex Localised();

    /// <summary>An interpolated key built in code, such as "error:{code}"; the texts it is built from are checked where they are written.</summary>
    [GeneratedRegex(@"\{[^0-9}]")]
    private static partial Regex Hole();

    [GeneratedRegex(@"""(?<text>(?:[^""\\]|\\.)*)""")]
    private static partial Regex Literal();

    /// <summary>A stable code or a name in code, not a text: "wrong_phase", "IdeaHidden".</summary>
    [GeneratedRegex(@"^(?:[a-z][a-z_]*|[A-Z][a-zA-Z]*[a-z][A-Z][a-zA-Z]*|hub-strings)$")]
    private static partial Regex Code();

    // t('…') and tn(count, '…', '…') with plain quotes; texts built at run time are the page's to check.
    [GeneratedRegex(@"\bt\('(?<text>[^'`$]+)'|\btn\([^,]+,\s*'(?<text>[^']+)',\s*'(?<text>[^']+)'\)")]
    private static partial Regex ScriptText();
}
