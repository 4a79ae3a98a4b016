using Hub.LoadTest.Targets;

namespace Hub.LoadTest.Scenarios;

/// <summary>The servers a scenario runs against: the Hub, the baseline, or both to compare.</summary>
public sealed record ScenarioTargets(HubTarget? Hub, ILoadTarget? Baseline)
{
    public IEnumerable<ILoadTarget> All => new ILoadTarget?[] { Hub, Baseline }.OfType<ILoadTarget>();
}
