namespace Hub.Grains.Sessions;

/// <summary>
/// Consecutive events of one session stream. <see cref="Epoch"/> names the stream: it changes
/// when the session grain is activated anew, and a client that saw another epoch takes a snapshot.
/// </summary>
[GenerateSerializer, Immutable, Alias("Hub.SessionEventBatch")]
public sealed record SessionEventBatch(
    [property: Id(0)] Guid SessionId,
    [property: Id(1)] Guid Epoch,
    [property: Id(2)] IReadOnlyList<SessionEvent> Events);
