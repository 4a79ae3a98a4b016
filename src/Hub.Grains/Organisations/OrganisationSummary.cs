namespace Hub.Grains.Organisations;

[GenerateSerializer, Immutable, Alias("Hub.OrganisationSummary")]
public sealed record OrganisationSummary(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Name,
    [property: Id(2)] OrganisationKind Kind,
    [property: Id(3)] IReadOnlyList<string>? Offers = null,
    [property: Id(4)] IReadOnlyList<string>? LookingFor = null);
