namespace Hub.Grains.Challenges;

/// <summary>
/// What the owners write about a challenge. <see cref="Needs"/> says what help they look for
/// (labs, data, test beds, expertise, funding), which partner matching compares with what
/// organisations offer.
/// </summary>
[GenerateSerializer, Immutable, Alias("Hub.ChallengeDraft")]
public sealed record ChallengeDraft(
    [property: Id(0)] string Title,
    [property: Id(1)] string ProblemStatement,
    [property: Id(2)] string DesiredOutcome,
    [property: Id(3)] IReadOnlyList<string> Themes,
    [property: Id(4)] IReadOnlyList<string> Needs,
    [property: Id(5)] ChallengeKind Kind,
    [property: Id(6)] DateTimeOffset? Deadline,
    [property: Id(7)] IReadOnlyList<Guid> CoOwnerIds);
