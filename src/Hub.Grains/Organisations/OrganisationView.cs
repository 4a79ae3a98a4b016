namespace Hub.Grains.Organisations;

[GenerateSerializer, Immutable, Alias("Hub.OrganisationView")]
public sealed record OrganisationView(
    [property: Id(0)] Guid Id,
    [property: Id(1)] OrganisationProfile Profile,
    [property: Id(2)] IReadOnlyDictionary<Guid, OrganisationRole> Members);
