namespace Hub.Grains.Places;

/// <summary>
/// A venue or arena: Openlab, Vetenskapens Hus, a school, a library, an online room. A digital
/// place has a link rather than an address.
/// </summary>
[GenerateSerializer, Immutable, Alias("Hub.MeetingPlaceProfile")]
public sealed record MeetingPlaceProfile(
    [property: Id(0)] string Name,
    [property: Id(1)] PlaceKind Kind,
    [property: Id(2)] string Address,
    [property: Id(3)] int? Capacity,
    [property: Id(4)] string Accessibility,
    [property: Id(5)] string Description);
