namespace Hub.Grains.Organisations;

[GenerateSerializer, Alias("Hub.OrganisationDirectoryState")]
internal sealed class OrganisationDirectoryState
{
    [Id(0)] public Dictionary<Guid, OrganisationSummary> Organisations { get; set; } = [];
}
