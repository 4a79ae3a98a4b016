namespace Hub.Grains.Sessions;

/// <summary>A session as the session directory lists it; <see cref="Closed"/> once its moderator closed it.</summary>
[GenerateSerializer, Immutable, Alias("Hub.SessionListing")]
public sealed record SessionListing(
    [property: Id(0)] Guid SessionId,
    [property: Id(1)] string Title,
    [property: Id(2)] Guid ChallengeId,
    [property: Id(3)] string JoinCode,
    [property: Id(4)] DateTimeOffset OpenedAt,
    [property: Id(5)] string Venue = "",
    [property: Id(6)] bool Closed = false);
