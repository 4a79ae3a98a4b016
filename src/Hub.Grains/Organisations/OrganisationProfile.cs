namespace Hub.Grains.Organisations;

/// <summary>What an organisation says about itself.</summary>
[GenerateSerializer, Immutable, Alias("Hub.OrganisationProfile")]
public sealed record OrganisationProfile(
    [property: Id(0)] string Name,
    [property: Id(1)] OrganisationKind Kind,
    [property: Id(2)] string Description,
    [property: Id(3)] string? Website);
