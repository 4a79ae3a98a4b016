namespace Hub.Grains.Events;

/// <summary>What organisers write about an event.</summary>
[GenerateSerializer, Immutable, Alias("Hub.EventDraft")]
public sealed record EventDraft(
    [property: Id(0)] string Title,
    [property: Id(1)] string Description,
    [property: Id(2)] Guid MeetingPlaceId,
    [property: Id(3)] DateTimeOffset Start,
    [property: Id(4)] DateTimeOffset End,
    [property: Id(5)] IReadOnlyList<Guid> ChallengeIds);
