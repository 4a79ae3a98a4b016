namespace Hub.Grains.Challenges;

/// <summary>A live session held on a challenge, as the challenge lists it.</summary>
[GenerateSerializer, Immutable, Alias("Hub.ChallengeSession")]
public sealed record ChallengeSession(
    [property: Id(0)] Guid SessionId,
    [property: Id(1)] string Title,
    [property: Id(2)] string JoinCode,
    [property: Id(3)] string Venue,
    [property: Id(4)] DateTimeOffset OpenedAt);
