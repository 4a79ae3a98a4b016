using Hub.Grains;
using Hub.Grains.Accounts;
using Hub.Grains.Events;

namespace Hub.Web.Events;

/// <summary>Organisers as people know each other: by e-mail address to add them, by name to list them.</summary>
public static class EventOrganisers
{
    public static async Task<EventView> AddOrganiserByEmailAsync(this IGrainFactory grains, Guid eventId, Guid actorId, string? email)
    {
        // Only an organiser learns whether an address has an account.
        var grain = grains.GetGrain<IEventGrain>(eventId);
        if (await grain.Get() is null)
        {
            throw new RuleException(EventErrorCodes.EventNotFound, "There is no such event.");
        }

        if (!await grain.IsOrganisedBy(actorId))
        {
            throw new RuleException(EventErrorCodes.NotAnOrganiser, "Only the event's organisers may do this.");
        }

        var accountId = await grains.GetGrain<IAccountDirectoryGrain>(0).FindByEmail(email ?? "")
            ?? throw new RuleException(AccountErrorCodes.AccountNotFound, "Nobody has an account with that e-mail address.");
        return await grain.AddOrganiser(actorId, accountId);
    }

    public static async Task<IReadOnlyList<(Guid Id, string Name)>> OrganiserNamesAsync(this IGrainFactory grains, EventView view)
    {
        var names = await grains.GetGrain<IAccountDirectoryGrain>(0).NamesOf(view.OrganiserIds);
        return [.. view.OrganiserIds.Where(names.ContainsKey).Select(id => (id, names[id]))];
    }
}
