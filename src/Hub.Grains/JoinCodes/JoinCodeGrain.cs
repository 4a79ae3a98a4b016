using Hub.Grains.Storage;

namespace Hub.Grains.JoinCodes;

internal sealed class JoinCodeGrain(
    [PersistentState("joinCode", StorageNames.Hub)] IPersistentState<JoinCodeState> store) : Grain, IJoinCodeGrain
{
    public async Task<bool> TryClaim(Guid sessionId)
    {
        if (store.State.SessionId is { } holder)
        {
            return holder == sessionId;
        }

        store.State.SessionId = sessionId;
        await store.WriteStateAsync();
        return true;
    }

    public async Task Release(Guid sessionId)
    {
        if (store.State.SessionId == sessionId)
        {
            await store.ClearStateAsync();
        }
    }

    public Task<Guid?> GetSessionId() => Task.FromResult(store.State.SessionId);
}
