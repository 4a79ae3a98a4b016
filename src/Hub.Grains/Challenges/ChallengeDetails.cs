namespace Hub.Grains.Challenges;

[GenerateSerializer, Immutable, Alias("Hub.ChallengeDetails")]
public sealed record ChallengeDetails(
    [property: Id(0)] ChallengeSummary Summary,
    [property: Id(1)] string DesiredOutcome,
    [property: Id(2)] IReadOnlyList<ChallengeSession> Sessions);
