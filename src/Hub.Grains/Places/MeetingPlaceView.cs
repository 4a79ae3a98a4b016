namespace Hub.Grains.Places;

[GenerateSerializer, Immutable, Alias("Hub.MeetingPlaceView")]
public sealed record MeetingPlaceView(
    [property: Id(0)] Guid Id,
    [property: Id(1)] MeetingPlaceProfile Profile);
