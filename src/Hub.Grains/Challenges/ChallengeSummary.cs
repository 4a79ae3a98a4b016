namespace Hub.Grains.Challenges;

/// <summary>What the challenge index keeps of each challenge: enough to filter and to list.</summary>
[GenerateSerializer, Immutable, Alias("Hub.ChallengeSummary")]
public sealed record ChallengeSummary(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Title,
    [property: Id(2)] IReadOnlyList<Guid> OwnerIds,
    [property: Id(3)] string ProblemStatement,
    [property: Id(4)] IReadOnlyList<string> Themes,
    [property: Id(5)] IReadOnlyList<string> Needs,
    [property: Id(6)] ChallengeKind Kind,
    [property: Id(7)] ChallengeStatus Status,
    [property: Id(8)] DateTimeOffset? Deadline,
    [property: Id(9)] DateTimeOffset CreatedAt);
