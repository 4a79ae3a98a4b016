using Hub.Grains.Storage;

namespace Hub.Grains.Sessions;

internal sealed class SessionDirectoryGrain(
    [PersistentState("sessions", StorageNames.Hub)] IPersistentState<SessionDirectoryState> store,
    TimeProvider time) : Grain, ISessionDirectoryGrain
{
    /// <summary>A session neither closed nor older than this is taken to be live.</summary>
    public static readonly TimeSpan LiveWindow = TimeSpan.FromHours(12);

    public async Task Register(SessionListing listing)
    {
        store.State.Sessions[listing.SessionId] = listing;
        await store.WriteStateAsync();
    }

    public async Task Remove(Guid sessionId)
    {
        if (store.State.Sessions.Remove(sessionId))
        {
            await store.WriteStateAsync();
        }
    }

    public async Task MarkClosed(Guid sessionId)
    {
        if (store.State.Sessions.TryGetValue(sessionId, out var listing) && !listing.Closed)
        {
            store.State.Sessions[sessionId] = listing with { Closed = true };
            await store.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<SessionListing>> Live()
    {
        var openedAfter = time.GetUtcNow() - LiveWindow;
        return Task.FromResult<IReadOnlyList<SessionListing>>(
            store.State.Sessions.Values.Where(s => !s.Closed && s.OpenedAt > openedAfter).OrderByDescending(s => s.OpenedAt).ToArray());
    }

    public Task<IReadOnlyList<SessionListing>> OpenedBefore(DateTimeOffset before) =>
        Task.FromResult<IReadOnlyList<SessionListing>>(
            store.State.Sessions.Values.Where(s => s.OpenedAt < before).OrderBy(s => s.OpenedAt).ToArray());
}
