namespace Hub.Grains.Places;

[GenerateSerializer, Alias("Hub.MeetingPlaceState")]
internal sealed class MeetingPlaceState
{
    [Id(0)] public MeetingPlaceProfile? Profile { get; set; }
}
