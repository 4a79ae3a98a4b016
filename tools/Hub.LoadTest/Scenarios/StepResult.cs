using Hub.LoadTest.Measurement;

namespace Hub.LoadTest.Scenarios;

/// <summary>One paced run against one target: what was offered, what arrived, how correct, what it cost.</summary>
public sealed record StepResult(
    string Target,
    string Label,
    double OfferedRate,
    int Clients,
    int Attempted,
    int Acknowledged,
    IReadOnlyDictionary<string, int> Failures,
    TimeSpan SendingTime,
    DeliveryReport Delivery,
    StreamChecks Checks,
    UsageWindow Usage,
    ReconnectReport? Reconnects = null);
