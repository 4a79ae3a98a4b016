namespace Hub.Grains.Challenges;

[GenerateSerializer, Immutable, Alias("Hub.ChallengeView")]
public sealed record ChallengeView(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid OwnerId,
    [property: Id(2)] ChallengeDraft Draft,
    [property: Id(3)] ChallengeStatus Status,
    [property: Id(4)] DateTimeOffset CreatedAt,
    [property: Id(5)] IReadOnlyList<ChallengeSession> Sessions)
{
    /// <summary>The owner first, then the co-owners: the partnership behind the challenge.</summary>
    public IEnumerable<Guid> OwnerIds => [OwnerId, .. Draft.CoOwnerIds];

    public string Title => Draft.Title;
}
