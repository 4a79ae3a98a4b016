using Hub.Grains;
using Hub.Grains.Challenges;

namespace Hub.Web.Sessions;

/// <summary>Reads, from the challenge index, what a moderator may start a session on.</summary>
internal static class SessionChallenges
{
    /// <summary>Challenges a session may start on now: those that are running.</summary>
    public static async Task<IReadOnlyList<ChallengeSummary>> RunningChallengesAsync(this IGrainFactory grains)
    {
        var directory = grains.GetGrain<IChallengeDirectoryGrain>(0);
        List<ChallengeSummary> running = [];
        foreach (var status in Enum.GetValues<ChallengeStatus>().Where(s => s.IsRunning()))
        {
            running.AddRange((await directory.Search(new ChallengeQuery(Status: status, Take: Page<ChallengeSummary>.MaxTake))).Items);
        }

        return running;
    }
}
