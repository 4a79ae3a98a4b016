namespace Hub.Grains.Challenges;

/// <summary>
/// Filters of a challenge search; null means any. <see cref="DraftsOf"/> are the organisations of
/// the person searching, whose drafts they may see.
/// </summary>
[GenerateSerializer, Immutable, Alias("Hub.ChallengeQuery")]
public sealed record ChallengeQuery(
    [property: Id(0)] string? Text = null,
    [property: Id(1)] string? Theme = null,
    [property: Id(2)] ChallengeStatus? Status = null,
    [property: Id(3)] Guid? OrganisationId = null,
    [property: Id(4)] ChallengeKind? Kind = null,
    [property: Id(5)] DateTimeOffset? DeadlineBefore = null,
    [property: Id(6)] int Skip = 0,
    [property: Id(7)] int Take = 20,
    [property: Id(8)] IReadOnlyList<Guid>? DraftsOf = null);
