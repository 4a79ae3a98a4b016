namespace Hub.LoadTest.Scenarios;

/// <summary>A scenario's goals and its report section in Markdown.</summary>
/// <param name="Disturbance">The most CPU (in cores) that other processes took during any of its measured windows.</param>
public sealed record ScenarioResult(string Name, IReadOnlyList<TargetCheck> Checks, string Markdown, double Disturbance)
{
    public static double MostOther(IEnumerable<StepResult> steps) => steps.Select(s => s.Usage.OtherCores).DefaultIfEmpty(0).Max();
}
