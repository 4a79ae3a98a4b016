namespace Hub.LoadTest.Scenarios;

/// <summary>One goal of a scenario and what the run measured against it; <see cref="Met"/> is null when it could not be measured.</summary>
public sealed record TargetCheck(string Scenario, string Measure, string Goal, string Measured, bool? Met)
{
    public string Verdict => Met switch
    {
        true => "met",
        false => "**not met**",
        null => "not measured",
    };
}
