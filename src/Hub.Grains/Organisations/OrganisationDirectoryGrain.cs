using Hub.Grains.Storage;

namespace Hub.Grains.Organisations;

public sealed class OrganisationDirectoryGrain(
    [PersistentState("organisations", StorageNames.Hub)] IPersistentState<OrganisationDirectoryState> store) : Grain, IOrganisationDirectoryGrain
{
    public async Task<bool> ClaimName(Guid organisationId, string name)
    {
        if (store.State.Organisations.Values.Any(o => o.Id != organisationId && string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var existing = store.State.Organisations.GetValueOrDefault(organisationId);
        store.State.Organisations[organisationId] = new OrganisationSummary(organisationId, name, existing?.Kind ?? default);
        await store.WriteStateAsync();
        return true;
    }

    public async Task Update(OrganisationSummary summary)
    {
        store.State.Organisations[summary.Id] = summary;
        await store.WriteStateAsync();
    }

    public Task<IReadOnlyList<OrganisationSummary>> List() =>
        Task.FromResult<IReadOnlyList<OrganisationSummary>>(
            store.State.Organisations.Values.OrderBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase).ToArray());
}
