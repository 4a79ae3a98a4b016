using System.Text.RegularExpressions;

namespace Hub.Architecture.Tests;

/// <summary>The browser client that ships with the Hub keeps up with every event the server sends.</summary>
public sealed class BrowserClientTests
{
    /// <summary>
    /// Events the browser client leaves alone on purpose, each with why. Its store advances its
    /// sequence number for every event it is given, handled or not, which is all these need.
    /// </summary>
    private static readonly Dictionary<string, string> _ignoredOnPurpose = new(StringComparer.Ordinal)
    {
        ["withheld"] = "it carries nothing but its number: it only keeps the stream gapless",
        ["participantRemoved"] = "it changes no state: the log entry, hidden ideas and presence follow as their own events, "
            + "and the removed participant is told by the 'removed' message instead",
    };

    [Fact]
    public void The_browser_client_handles_every_event_or_ignores_it_on_purpose()
    {
        var scripts = Directory.GetFiles(Solution.PathOf("src", "Hub.Web", "wwwroot", "js"), "*.js")
            .ToDictionary(path => Path.GetFileName(path), File.ReadAllText);
        Assert.NotEmpty(scripts);
        var events = SessionEvents.WireNames().Values.ToHashSet(StringComparer.Ordinal);

        // An event counts as handled where a script names it as a string ('ideaPosted'), as in
        // "case 'ideaPosted':" or "event.type === 'ideaPosted'".
        bool Handled(string name) => scripts.Values.Any(script => Regex.IsMatch(script, $@"(['""`]){Regex.Escape(name)}\1"));

        Verdict.NoneOf(
            events.Where(name => !Handled(name) && !_ignoredOnPurpose.ContainsKey(name))
                .Select(name => $"{name}: no script under src/Hub.Web/wwwroot/js handles it, and it is not in the list of events ignored on purpose")
                .Concat(_ignoredOnPurpose.Keys.Where(Handled).Select(name => $"{name} is listed as ignored on purpose, but a script handles it"))
                .Concat(_ignoredOnPurpose.Keys.Where(name => !events.Contains(name)).Select(name => $"{name} is listed as ignored on purpose, but the server sends no such event")),
            "Events the browser client neither handles nor ignores on purpose");
    }
}
