using Hub.Grains.Challenges;

namespace Hub.Web.Challenges;

public sealed record StatusChange(ChallengeStatus Status);
