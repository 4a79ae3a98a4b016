using Hub.Grains;
using Hub.Grains.Events;
using Hub.Grains.Places;
using Hub.Grains.Sessions;
using Hub.Web.Sessions;

namespace Hub.Web.Events;

/// <summary>Opens live sessions on an event's agenda: a session per track, side by side.</summary>
public sealed class EventPlanner(IGrainFactory grains, SessionLauncher launcher)
{
    public async Task<EventView> AddSessionAsync(Guid eventId, Guid actorId, NewEventSession request)
    {
        var meeting = grains.GetGrain<IEventGrain>(eventId);
        if (await meeting.Get() is not { } view)
        {
            throw new RuleException(EventErrorCodes.EventNotFound, "There is no such event.");
        }

        // Checked before a session exists, so that a refusal leaves nothing half made; the grain checks again.
        if (!await meeting.IsOrganisedBy(actorId))
        {
            throw new RuleException(EventErrorCodes.NotAnOrganiser, "Only the event's organisers may do this.");
        }

        if (!view.Draft.ChallengeIds.Contains(request.ChallengeId))
        {
            throw new RuleException(ErrorCodes.InvalidArgument, "A session on the agenda works on one of the event's challenges.");
        }

        if (view.Agenda.Count >= EventGrain.MaxSessions)
        {
            throw new RuleException(ErrorCodes.InvalidArgument, $"An event holds at most {EventGrain.MaxSessions} sessions.");
        }

        var place = await grains.GetGrain<IMeetingPlaceGrain>(view.Draft.MeetingPlaceId).Get();
        var track = string.IsNullOrWhiteSpace(request.Track) ? "" : UserText.Require(request.Track, EventGrain.MaxTrackLength, "track");
        var venue = string.Join(" · ", new[] { place?.Profile.Name ?? "", track }.Where(part => part.Length > 0));
        var sessionId = Guid.NewGuid();
        var info = await launcher.LaunchAsync(
            sessionId, request.ChallengeId, request.Title, venue, request.Settings ?? SessionSettings.Default, request.Anonymous, SessionActor.Moderator(actorId.ToString()));
        return await meeting.AddSession(actorId, new EventSession(sessionId, info.Title, info.JoinCode, track, request.ChallengeId));
    }
}
