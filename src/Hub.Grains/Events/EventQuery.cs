namespace Hub.Grains.Events;

/// <summary>Events that have not ended by <see cref="EndsAfter"/>, optionally at one place or on one challenge.</summary>
[GenerateSerializer, Immutable, Alias("Hub.EventQuery")]
public sealed record EventQuery(
    [property: Id(0)] DateTimeOffset? EndsAfter = null,
    [property: Id(1)] Guid? MeetingPlaceId = null,
    [property: Id(2)] Guid? ChallengeId = null,
    [property: Id(3)] Guid? OrganiserId = null,
    [property: Id(4)] int Skip = 0,
    [property: Id(5)] int Take = 20);
