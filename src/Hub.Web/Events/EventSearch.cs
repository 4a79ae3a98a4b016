using Hub.Grains.Events;

namespace Hub.Web.Events;

/// <summary>The query string of an event search; without <see cref="From"/>, events that have not ended yet.</summary>
internal sealed record EventSearch(DateTimeOffset? From, Guid? PlaceId, Guid? ChallengeId, int? Skip, int? Take)
{
    public EventQuery ToQuery(DateTimeOffset now) => new(From ?? now, PlaceId, ChallengeId, null, Skip ?? 0, Take ?? 20);
}
