using Hub.Grains.Storage;

namespace Hub.Grains.Places;

internal sealed class MeetingPlaceDirectoryGrain(
    [PersistentState("places", StorageNames.Hub)] IPersistentState<MeetingPlaceDirectoryState> store) : Grain, IMeetingPlaceDirectoryGrain
{
    public async Task Update(MeetingPlaceView place)
    {
        store.State.Places[place.Id] = place;
        await store.WriteStateAsync();
    }

    public Task<IReadOnlyList<MeetingPlaceView>> List() =>
        Task.FromResult<IReadOnlyList<MeetingPlaceView>>(
            store.State.Places.Values.OrderBy(p => p.Profile.Name, StringComparer.CurrentCultureIgnoreCase).ToArray());
}
