namespace Hub.Grains.Organisations;

[GenerateSerializer, Immutable, Alias("Hub.OrganisationQuery")]
public sealed record OrganisationQuery(
    [property: Id(0)] string? Text = null,
    [property: Id(1)] OrganisationKind? Kind = null,
    [property: Id(2)] string? Offer = null,
    [property: Id(3)] int Skip = 0,
    [property: Id(4)] int Take = 20);
