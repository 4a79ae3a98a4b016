namespace Hub.Grains.Places;

[GenerateSerializer, Alias("Hub.MeetingPlaceDirectoryState")]
internal sealed class MeetingPlaceDirectoryState
{
    [Id(0)] public Dictionary<Guid, MeetingPlaceView> Places { get; set; } = [];
}
