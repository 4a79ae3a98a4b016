namespace Hub.Grains.Sessions;

[GenerateSerializer, Immutable, Alias("Hub.OpenSession")]
public sealed record OpenSession(
    [property: Id(0)] string Title,
    [property: Id(1)] Guid ChallengeId,
    [property: Id(2)] string ChallengeTitle,
    [property: Id(3)] string JoinCode,
    [property: Id(4)] string Venue,
    [property: Id(5)] SessionSettings Settings,
    [property: Id(6)] bool Anonymous = false);
