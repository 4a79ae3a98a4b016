using Hub.Grains.Sessions;

namespace Hub.Grains.Challenges;

/// <summary>A session a challenge has started: its id and what it is about.</summary>
[GenerateSerializer, Immutable, Alias("Hub.StartedSession")]
public sealed record StartedSession(
    [property: Id(0)] Guid SessionId,
    [property: Id(1)] SessionInfo Info);
