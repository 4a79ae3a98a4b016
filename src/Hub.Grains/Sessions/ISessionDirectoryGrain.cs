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

    [Alias("OpenedBefore")]
    Task<IReadOnlyList<SessionListing>> OpenedBefore(DateTimeOffset before);
}
