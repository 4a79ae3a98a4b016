namespace Hub.LoadTest.Protocol;

/// <summary>What a client of the baseline server sends: the id is the client's, as the server keeps nothing.</summary>
public sealed record BroadcastPost(Guid Id, string Text);
