namespace Hub.LoadTest.Bench;

public sealed record BenchOptions(
    string? PostgreSql,
    string Output,
    string? RepositoryRoot,
    IReadOnlyList<string> HubSettings,
    IReadOnlyList<string> Scenarios,
    int MaxIdeasPerSession,
    double QuietCores,
    TimeSpan QuietWait);
