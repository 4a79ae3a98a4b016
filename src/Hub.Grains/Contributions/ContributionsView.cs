namespace Hub.Grains.Contributions;

/// <summary>
/// What one reader sees of a challenge's contributions: hidden items only when they may moderate,
/// proposals only their own organisations' (all of them for the owners).
/// </summary>
[GenerateSerializer, Immutable, Alias("Hub.ContributionsView")]
public sealed record ContributionsView(
    [property: Id(0)] IReadOnlyList<ChallengeIdea> Ideas,
    [property: Id(1)] IReadOnlyList<MarketQuestion> Questions,
    [property: Id(2)] IReadOnlyList<MarketProposal> Proposals,
    [property: Id(3)] int Followers,
    [property: Id(4)] bool Following,
    [property: Id(5)] IReadOnlyList<Guid> Endorsed);
