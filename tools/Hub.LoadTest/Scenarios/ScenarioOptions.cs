namespace Hub.LoadTest.Scenarios;

/// <summary>Everything a scenario can be told; the standard ones are in <see cref="ScenarioCatalog"/>.</summary>
public sealed record ScenarioOptions
{
    public required string Name { get; init; }

    public ScenarioKind Kind { get; init; }

    /// <summary>Participants per session.</summary>
    public int Participants { get; init; } = 50;

    public int Sessions { get; init; } = 1;

    /// <summary>Ideas per second over all sessions; several values make a rising series of steps.</summary>
    public IReadOnlyList<double> IdeaRates { get; init; } = [200];

    public double VoteRate { get; init; }

    /// <summary>Participants per second that drop their connection and come back with Rejoin.</summary>
    public double ReconnectRate { get; init; }

    /// <summary>How long each rate step (or part) sends.</summary>
    public TimeSpan StepDuration { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// The Hub's idea limit per session. Every rate step opens a fresh session, and a step sends at
    /// most this many ideas (less a margin), so a fast step is shorter rather than refused.
    /// </summary>
    public int MaxIdeasPerSession { get; init; } = 5_000;

    /// <summary>The share of participants that post; the others are the ones that reconnect.</summary>
    public double SenderShare { get; init; } = 1.0;

    public int SnapshotIdeas { get; init; } = 2_000;

    public int SnapshotJoins { get; init; } = 100;

    /// <summary>A short unreported run first, so that the server's first requests (JIT, pools) do not count.</summary>
    public bool WarmUp { get; init; } = true;

    public long IdeasPerStep(double rate) =>
        Math.Min(Measurement.Pacer.CountFor(rate, StepDuration), Math.Max(1, (long)((MaxIdeasPerSession - 100) * Sessions)));
}
