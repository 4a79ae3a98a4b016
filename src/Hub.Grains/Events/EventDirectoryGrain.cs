using Hub.Grains.Storage;

namespace Hub.Grains.Events;

internal sealed class EventDirectoryGrain(
    [PersistentState("events", StorageNames.Hub)] IPersistentState<EventDirectoryState> store) : Grain, IEventDirectoryGrain
{
    public async Task Update(EventSummary summary)
    {
        store.State.Events[summary.Id] = summary;
        await store.WriteStateAsync();
    }

    public Task<Page<EventSummary>> Search(EventQuery query)
    {
        var found = store.State.Events.Values
            .Where(e => query.EndsAfter is not { } after || e.End > after)
            .Where(e => query.MeetingPlaceId is not { } place || e.MeetingPlaceId == place)
            .Where(e => query.ChallengeId is not { } challenge || e.ChallengeIds.Contains(challenge))
            .Where(e => query.OrganiserId is not { } organiser || e.OrganiserIds.Contains(organiser))
            .OrderBy(e => e.Start);
        return Task.FromResult(Page<EventSummary>.Of(found, query.Skip, query.Take));
    }
}
