namespace Hub.Grains.Sessions;

[GenerateSerializer, Alias("Hub.SessionDirectoryState")]
internal sealed class SessionDirectoryState
{
    [Id(0)] public Dictionary<Guid, SessionListing> Sessions { get; set; } = [];
}
