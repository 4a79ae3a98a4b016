namespace Hub.LoadTest.Scenarios;

/// <summary>The standard scenarios that <c>bench</c> runs and <c>run --scenario</c> starts from.</summary>
public static class ScenarioCatalog
{
    public static IReadOnlyList<ScenarioOptions> Standard { get; } =
    [
        new()
        {
            Name = "ideas-50",
            Kind = ScenarioKind.Ideas,
            Participants = 50,
            IdeaRates = [200, 500, 1_000, 2_000, 5_000, 10_000],
            StepDuration = TimeSpan.FromSeconds(3),
        },
        new()
        {
            Name = "crowd-1000",
            Kind = ScenarioKind.Crowd,
            Participants = 1_000,
            IdeaRates = [50],
            VoteRate = 500,
            StepDuration = TimeSpan.FromSeconds(10),
        },
        new()
        {
            Name = "sessions-100",
            Kind = ScenarioKind.Sessions,
            Participants = 50,
            Sessions = 100,
            IdeaRates = [100],
            StepDuration = TimeSpan.FromSeconds(15),
        },
        new()
        {
            Name = "snapshot-2000",
            Kind = ScenarioKind.Snapshot,
            Participants = 20,
            SnapshotIdeas = 2_000,
            SnapshotJoins = 100,
            IdeaRates = [1_000],
        },
        new()
        {
            Name = "reconnect-200",
            Kind = ScenarioKind.Ideas,
            Participants = 200,
            IdeaRates = [100],
            ReconnectRate = 20,
            SenderShare = 0.25,
            StepDuration = TimeSpan.FromSeconds(10),
        },
    ];

    public static ScenarioOptions? Find(string name) =>
        Standard.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? (Enum.TryParse<ScenarioKind>(name, ignoreCase: true, out var kind) ? new ScenarioOptions { Name = name, Kind = kind } : null);
}
