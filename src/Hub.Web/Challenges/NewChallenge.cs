using Hub.Grains.Challenges;

namespace Hub.Web.Challenges;

/// <summary>A challenge to create, owned by <see cref="OwnerId"/>, an organisation the caller belongs to.</summary>
internal sealed record NewChallenge(Guid OwnerId, ChallengeDraft Draft);
