namespace Hub.Grains.Sessions;

/// <summary>Who is connected right now, by display name, sorted for stable rendering.</summary>
[GenerateSerializer, Immutable, Alias("Hub.PresenceView")]
public sealed record PresenceView(
    [property: Id(0)] int Count,
    [property: Id(1)] IReadOnlyList<string> Names);
