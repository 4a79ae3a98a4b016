using Hub.Grains.Storage;

namespace Hub.Grains.Challenges;

public sealed class ChallengeDirectoryGrain(
    [PersistentState("challenges", StorageNames.Hub)] IPersistentState<ChallengeDirectoryState> store) : Grain, IChallengeDirectoryGrain
{
    public async Task Register(ChallengeSummary summary)
    {
        store.State.Challenges[summary.Id] = summary;
        await store.WriteStateAsync();
    }

    public Task<IReadOnlyList<ChallengeSummary>> List() =>
        Task.FromResult<IReadOnlyList<ChallengeSummary>>(store.State.Challenges.Values.OrderBy(c => c.Title).ToArray());
}
