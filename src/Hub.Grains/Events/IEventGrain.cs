namespace Hub.Grains.Events;

/// <summary>
/// One event at a meeting place, keyed by id. Moderators create events and become their
/// organisers; organisers (and Hub admins) edit them, bring in other moderators as organisers and
/// put sessions on the agenda, checked here.
/// </summary>
[Alias("Hub.IEventGrain")]
public interface IEventGrain : IGrainWithGuidKey
{
    [Alias("Create")]
    Task<EventView> Create(Guid actorId, EventDraft draft);

    [Alias("Get"), AlwaysInterleave]
    Task<EventView?> Get();

    [Alias("Update")]
    Task<EventView> Update(Guid actorId, EventDraft draft);

    [Alias("IsOrganisedBy"), AlwaysInterleave]
    Task<bool> IsOrganisedBy(Guid accountId);

    /// <summary>Makes another moderator an organiser too; organising is for moderators only.</summary>
    [Alias("AddOrganiser")]
    Task<EventView> AddOrganiser(Guid actorId, Guid accountId);

    /// <summary>Takes someone off the organisers; an event keeps at least one.</summary>
    [Alias("RemoveOrganiser")]
    Task<EventView> RemoveOrganiser(Guid actorId, Guid accountId);

    [Alias("AddSession")]
    Task<EventView> AddSession(Guid actorId, EventSession session);

    /// <summary>Registers someone; the answer is their registration id, which their check-in names.</summary>
    [Alias("Register")]
    Task<Guid> Register();

    /// <summary>Counts someone at the venue once; <paramref name="registrationId"/> is null for those who just turned up.</summary>
    [Alias("CheckIn")]
    Task<int> CheckIn(string code, Guid? registrationId);
}
