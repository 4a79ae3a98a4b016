using Hub.Grains.Challenges;

namespace Hub.Web.Challenges;

internal sealed record StatusChange(ChallengeStatus Status);
