namespace Hub.Grains.Contributions;

/// <summary>A company's question in a procurement's market dialogue, and the owners' public answer.</summary>
[GenerateSerializer, Immutable, Alias("Hub.MarketQuestion")]
public sealed record MarketQuestion(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string OrganisationName,
    [property: Id(2)] string Text,
    [property: Id(3)] DateTimeOffset AskedAt,
    [property: Id(4)] string? Answer);

/// <summary>A company's proposal: only the challenge's owners and the company itself read it.</summary>
[GenerateSerializer, Immutable, Alias("Hub.MarketProposal")]
public sealed record MarketProposal(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid OrganisationId,
    [property: Id(2)] string OrganisationName,
    [property: Id(3)] string Text,
    [property: Id(4)] DateTimeOffset SubmittedAt);
