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

    /// <summary>The event as <paramref name="readerId"/> (null: someone not signed in) may read it: its check-in code only for its organisers, since the code is what counts attendance.</summary>
    [Alias("GetFor"), AlwaysInterleave]
    Task<EventView?> GetFor(Guid? readerId);

    [Alias("IsOrganisedBy"), AlwaysInterleave]
    Task<bool> IsOrganisedBy(Guid accountId);

    /// <summary>Makes another moderator an organiser too; organising is for moderators only.</summary>
    [Alias("AddOrganiser")]
    Task<EventView> AddOrganiser(Guid actorId, Guid accountId);

    /// <summary>
    /// Makes the moderator with this e-mail address an organiser. Only an organiser learns whether
    /// an address has an account: anyone else is refused before the address is looked up.
    /// </summary>
    [Alias("AddOrganiserByEmail")]
    Task<EventView> AddOrganiserByEmail(Guid actorId, string? email);

    /// <summary>Takes someone off the organisers; an event keeps at least one.</summary>
    [Alias("RemoveOrganiser")]
    Task<EventView> RemoveOrganiser(Guid actorId, Guid accountId);

    /// <summary>
    /// Opens a session on the agenda, launched through its challenge, after the agenda's rules
    /// (an organiser, one of the event's challenges, at most <see cref="EventLimits.MaxSessions"/>,
    /// the track's text) have passed, so that a refusal makes nothing. The venue is the meeting
    /// place's name and the track. Repeated with the same session id, it answers the same session.
    /// </summary>
    [Alias("StartSession")]
    Task<EventView> StartSession(Guid actorId, NewAgendaSession request);

    /// <summary>Registers someone; the answer is their registration id, which their check-in names.</summary>
    [Alias("Register")]
    Task<Guid> Register();

    /// <summary>Counts someone at the venue once; <paramref name="registrationId"/> is null for those who just turned up.</summary>
    [Alias("CheckIn")]
    Task<int> CheckIn(string code, Guid? registrationId);
}
