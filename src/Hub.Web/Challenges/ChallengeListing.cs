using Hub.Grains.Challenges;

namespace Hub.Web.Challenges;

public static class ChallengeListing
{
    /// <summary>Every challenge with its sessions: the directory grain names them, each challenge grain tells its own.</summary>
    public static async Task<IReadOnlyList<ChallengeDetails>> ListChallengesAsync(this IGrainFactory grains)
    {
        var summaries = await grains.GetGrain<IChallengeDirectoryGrain>(0).List();
        var details = await Task.WhenAll(summaries.Select(s => grains.GetGrain<IChallengeGrain>(s.Id).GetDetails()));
        return details.OfType<ChallengeDetails>().ToArray();
    }
}
