namespace Hub.LoadTest.Scenarios;

/// <summary>A scenario's goals and its report section in Markdown.</summary>
public sealed record ScenarioResult(string Name, IReadOnlyList<TargetCheck> Checks, string Markdown);
