namespace Hub.Grains.Organisations;

[GenerateSerializer, Immutable, Alias("Hub.OrganisationSummary")]
public sealed record OrganisationSummary(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Name,
    [property: Id(2)] OrganisationKind Kind);
