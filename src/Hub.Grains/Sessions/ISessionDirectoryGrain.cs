namespace Hub.Grains.Sessions;

/// <summary>
/// The index of sessions (a single grain, key 0), in the order they opened, so that the clean-up
/// and listings never scan session grains.
/// </summary>
[Alias("Hub.ISessionDirectoryGrain")]
public interface ISessionDirectoryGrain : IGrainWithIntegerKey
{
    [Alias("Register")]
    Task Register(SessionListing listing);

    [Alias("Remove")]
    Task Remove(Guid sessionId);

    [Alias("MarkClosed")]
    Task MarkClosed(Guid sessionId);

    [Alias("OpenedBefore"), ReadOnly]
    Task<IReadOnlyList<SessionListing>> OpenedBefore(DateTimeOffset before);

    /// <summary>Sessions live now: not closed, and opened within <see cref="SessionDirectoryGrain.LiveWindow"/>; newest first.</summary>
    [Alias("LiveNow"), ReadOnly]
    Task<IReadOnlyList<SessionListing>> Live();
}
