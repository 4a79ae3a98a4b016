using Hub.Grains.Storage;

namespace Hub.Grains.Organisations;

internal sealed class OrganisationDirectoryGrain(
    [PersistentState("organisations", StorageNames.Hub)] IPersistentState<OrganisationDirectoryState> store) : Grain, IOrganisationDirectoryGrain
{
    public async Task<bool> ClaimName(Guid organisationId, string name)
    {
        if (store.State.Organisations.Values.Any(o => o.Id != organisationId && string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var existing = store.State.Organisations.GetValueOrDefault(organisationId);
        store.State.Organisations[organisationId] = (existing ?? new OrganisationSummary(organisationId, name, default)) with { Name = name };
        await store.WriteStateAsync();
        return true;
    }

    public async Task Update(OrganisationSummary summary)
    {
        store.State.Organisations[summary.Id] = summary;
        await store.WriteStateAsync();
    }

    public Task<Page<OrganisationSummary>> Search(OrganisationQuery query)
    {
        var found = store.State.Organisations.Values
            .Where(o => query.Kind is not { } kind || o.Kind == kind)
            .Where(o => string.IsNullOrWhiteSpace(query.Offer) || (o.Offers ?? []).Contains(query.Offer.Trim(), StringComparer.CurrentCultureIgnoreCase))
            .Where(o => string.IsNullOrWhiteSpace(query.Text) || o.Name.Contains(query.Text.Trim(), StringComparison.CurrentCultureIgnoreCase))
            .OrderBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase);
        return Task.FromResult(Page<OrganisationSummary>.Of(found, query.Skip, query.Take));
    }

    public Task<IReadOnlyList<OrganisationSummary>> List() =>
        Task.FromResult<IReadOnlyList<OrganisationSummary>>(
            store.State.Organisations.Values.OrderBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase).ToArray());
}
