namespace Hub.Grains.Events;

/// <summary>What the event index keeps of each event.</summary>
[GenerateSerializer, Immutable, Alias("Hub.EventSummary")]
public sealed record EventSummary(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Title,
    [property: Id(2)] DateTimeOffset Start,
    [property: Id(3)] DateTimeOffset End,
    [property: Id(4)] Guid MeetingPlaceId,
    [property: Id(5)] IReadOnlyList<Guid> ChallengeIds,
    [property: Id(6)] IReadOnlyList<Guid> OrganiserIds);
