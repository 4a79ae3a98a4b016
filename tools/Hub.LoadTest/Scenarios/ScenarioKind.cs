namespace Hub.LoadTest.Scenarios;

public enum ScenarioKind
{
    /// <summary>One session, ideas at one or more rising rates, optionally with reconnecting participants.</summary>
    Ideas,

    /// <summary>One large session: ideas in Ideate, then votes in Vote.</summary>
    Crowd,

    /// <summary>Many sessions with light traffic, for the server's memory.</summary>
    Sessions,

    /// <summary>A session full of ideas, for the time a new participant's Join takes.</summary>
    Snapshot,
}
