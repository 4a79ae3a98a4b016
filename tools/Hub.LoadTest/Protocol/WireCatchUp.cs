namespace Hub.LoadTest.Protocol;

/// <summary>A <c>SessionCatchUp</c>: exactly one of the two is set.</summary>
public sealed record WireCatchUp(WireBatch? Events, WireSnapshot? Snapshot);
