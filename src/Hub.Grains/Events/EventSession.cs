namespace Hub.Grains.Events;

/// <summary>A live session on an event's agenda; sessions in different tracks run side by side.</summary>
[GenerateSerializer, Immutable, Alias("Hub.EventSession")]
public sealed record EventSession(
    [property: Id(0)] Guid SessionId,
    [property: Id(1)] string Title,
    [property: Id(2)] string JoinCode,
    [property: Id(3)] string Track,
    [property: Id(4)] Guid ChallengeId);
