namespace Hub.LoadTest.Scenarios;

/// <summary>Runs a scenario of any kind.</summary>
public static class ScenarioRunner
{
    public static Task<ScenarioResult> RunAsync(ScenarioOptions options, ScenarioTargets targets, TextWriter log, CancellationToken cancellationToken) => options.Kind switch
    {
        ScenarioKind.Ideas => IdeasScenario.RunAsync(options, targets, log, cancellationToken),
        ScenarioKind.Crowd => CrowdScenario.RunAsync(options, targets, log, cancellationToken),
        ScenarioKind.Sessions => SessionsScenario.RunAsync(options, targets, log, cancellationToken),
        ScenarioKind.Snapshot => SnapshotScenario.RunAsync(options, targets, log, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Kind, "Unknown scenario kind."),
    };

    /// <summary>Whether the scenario compares against the baseline server.</summary>
    public static bool UsesBaseline(ScenarioOptions options) => options.Kind is ScenarioKind.Ideas or ScenarioKind.Crowd && options.ReconnectRate == 0;
}
