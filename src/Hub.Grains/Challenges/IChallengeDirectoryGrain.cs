namespace Hub.Grains.Challenges;

/// <summary>
/// The index of all challenges (a single grain, key 0), so that lists never scan challenge grains.
/// </summary>
[Alias("Hub.IChallengeDirectoryGrain")]
public interface IChallengeDirectoryGrain : IGrainWithIntegerKey
{
    [Alias("Register")]
    Task Register(ChallengeSummary summary);

    [Alias("List")]
    Task<IReadOnlyList<ChallengeSummary>> List();
}
