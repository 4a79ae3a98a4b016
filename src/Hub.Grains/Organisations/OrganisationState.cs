namespace Hub.Grains.Organisations;

[GenerateSerializer, Alias("Hub.OrganisationState")]
internal sealed class OrganisationState
{
    [Id(0)] public OrganisationProfile? Profile { get; set; }
    [Id(1)] public Dictionary<Guid, OrganisationRole> Members { get; set; } = [];
}
