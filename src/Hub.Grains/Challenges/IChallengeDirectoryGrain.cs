namespace Hub.Grains.Challenges;

/// <summary>
/// The index of challenges (a single grain, key 0): each challenge grain keeps its summary here
/// current, so that browsing and search never scan challenge grains. Drafts are listed only to
/// the organisations that own them.
/// </summary>
[Alias("Hub.IChallengeDirectoryGrain")]
public interface IChallengeDirectoryGrain : IGrainWithIntegerKey
{
    [Alias("Update")]
    Task Update(ChallengeSummary summary);

    [Alias("Search"), ReadOnly]
    Task<Page<ChallengeSummary>> Search(ChallengeQuery query);
}
