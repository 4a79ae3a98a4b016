using Hub.Grains.Sessions;

namespace Hub.Web.Sessions;

public static class LiveSessions
{
    /// <summary>A session neither closed nor older than this is taken to be live.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(12);

    public static Task<IReadOnlyList<SessionListing>> LiveSessionsAsync(this IGrainFactory grains, TimeProvider time) =>
        grains.GetGrain<ISessionDirectoryGrain>(0).Live(time.GetUtcNow() - Window);

    public static async Task<IReadOnlySet<Guid>> LiveSessionIdsAsync(this IGrainFactory grains, TimeProvider time) =>
        (await grains.LiveSessionsAsync(time)).Select(s => s.SessionId).ToHashSet();
}
