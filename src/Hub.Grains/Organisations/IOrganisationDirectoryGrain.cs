namespace Hub.Grains.Organisations;

/// <summary>The index of organisations (a single grain, key 0), so that lists never scan organisation grains.</summary>
[Alias("Hub.IOrganisationDirectoryGrain")]
public interface IOrganisationDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>Reserves a name; false if another organisation has it (names compare case-insensitively).</summary>
    [Alias("ClaimName")]
    Task<bool> ClaimName(Guid organisationId, string name);

    [Alias("Update")]
    Task Update(OrganisationSummary summary);

    [Alias("List"), ReadOnly]
    Task<IReadOnlyList<OrganisationSummary>> List();

    [Alias("Search"), ReadOnly]
    Task<Page<OrganisationSummary>> Search(OrganisationQuery query);
}
