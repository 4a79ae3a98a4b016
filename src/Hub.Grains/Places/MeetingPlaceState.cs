namespace Hub.Grains.Places;

[GenerateSerializer, Alias("Hub.MeetingPlaceState")]
public sealed class MeetingPlaceState
{
    [Id(0)] public MeetingPlaceProfile? Profile { get; set; }
}
