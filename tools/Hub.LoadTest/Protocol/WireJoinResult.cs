namespace Hub.LoadTest.Protocol;

public sealed record WireJoinResult(string Token, WireSnapshot Snapshot);
