namespace Hub.Grains.Organisations;

/// <summary>
/// What an organisation says about itself: who to contact, its logo (an https address), what it can
/// offer others (labs, data, test beds, expertise, funding) and what it is looking for.
/// </summary>
[GenerateSerializer, Immutable, Alias("Hub.OrganisationProfile")]
public sealed record OrganisationProfile(
    [property: Id(0)] string Name,
    [property: Id(1)] OrganisationKind Kind,
    [property: Id(2)] string Description,
    [property: Id(3)] string? Website,
    [property: Id(4)] string? Contact = null,
    [property: Id(5)] string? LogoUrl = null,
    [property: Id(6)] IReadOnlyList<string>? Offers = null,
    [property: Id(7)] IReadOnlyList<string>? LookingFor = null);
