namespace Hub.LoadTest.Protocol;

/// <summary>A batch pushed to the client method <c>events</c>: consecutive events of one epoch.</summary>
public sealed record WireBatch(Guid SessionId, Guid Epoch, WireEvent[] Events);
