using Hub.Grains;
using Hub.Grains.Challenges;

namespace Hub.Web.Sessions;

/// <summary>Reads, from the challenge index, what a moderator may start a session on.</summary>
public static class SessionChallenges
{
    /// <summary>Challenges a session may start on now: open or in progress.</summary>
    public static async Task<IReadOnlyList<ChallengeSummary>> RunningChallengesAsync(this IGrainFactory grains)
    {
        var directory = grains.GetGrain<IChallengeDirectoryGrain>(0);
        var open = await directory.Search(new ChallengeQuery(Status: ChallengeStatus.Open, Take: Page<ChallengeSummary>.MaxTake));
        var running = await directory.Search(new ChallengeQuery(Status: ChallengeStatus.InProgress, Take: Page<ChallengeSummary>.MaxTake));
        return [.. open.Items, .. running.Items];
    }
}
