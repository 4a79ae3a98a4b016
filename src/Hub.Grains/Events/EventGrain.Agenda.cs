using Hub.Grains.Challenges;
using Hub.Grains.Places;

namespace Hub.Grains.Events;

/// <summary>
/// The agenda: sessions per track, side by side. The event runs the workflow, since the agenda is
/// its outcome: its own rules first, so that a refusal leaves nothing half made, then the launch
/// through the challenge, which owns the session's rules and undoes its own half-made launch.
/// </summary>
internal sealed partial class EventGrain
{
    public async Task<EventView> StartSession(Guid actorId, NewAgendaSession request)
    {
        await RequireOrganiserAsync(actorId);
        if (!State.Draft!.ChallengeIds.Contains(request.ChallengeId))
        {
            throw new RuleException(ErrorCodes.InvalidArgument, "A session on the agenda works on one of the event's challenges.");
        }

        if (State.Agenda.Count >= EventLimits.MaxSessions)
        {
            throw new RuleException(ErrorCodes.InvalidArgument, $"An event holds at most {EventLimits.MaxSessions} sessions.");
        }

        var track = string.IsNullOrWhiteSpace(request.Track) ? "" : UserText.Require(request.Track, EventLimits.MaxTrackLength, "track");
        var place = await GrainFactory.GetGrain<IMeetingPlaceGrain>(State.Draft.MeetingPlaceId).Get();
        var venue = string.Join(" · ", new[] { place?.Profile.Name ?? "", track }.Where(part => part.Length > 0));
        var started = await GrainFactory.GetGrain<IChallengeGrain>(request.ChallengeId).StartSession(
            actorId, new NewSession(request.Title, venue, request.Settings, request.Anonymous, request.SessionId));
        if (!State.Agenda.Exists(s => s.SessionId == started.SessionId))
        {
            State.Agenda.Add(new EventSession(started.SessionId, started.Info.Title, started.Info.JoinCode, track, request.ChallengeId));
            await store.WriteStateAsync();
        }

        return View();
    }
}
