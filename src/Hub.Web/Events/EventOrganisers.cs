using Hub.Grains.Accounts;
using Hub.Grains.Events;

namespace Hub.Web.Events;

/// <summary>Organisers by name, for the organisers' own view of an event.</summary>
internal static class EventOrganisers
{
    public static async Task<IReadOnlyList<(Guid Id, string Name)>> OrganiserNamesAsync(this IGrainFactory grains, EventView view)
    {
        var names = await grains.GetGrain<IAccountDirectoryGrain>(0).NamesOf(view.OrganiserIds);
        return [.. view.OrganiserIds.Where(names.ContainsKey).Select(id => (id, names[id]))];
    }
}
