using Hub.Grains.Storage;

namespace Hub.Grains.Challenges;

internal sealed class ChallengeDirectoryGrain(
    [PersistentState("challenges", StorageNames.Hub)] IPersistentState<ChallengeDirectoryState> store) : Grain, IChallengeDirectoryGrain
{
    public async Task Update(ChallengeSummary summary)
    {
        store.State.Summaries[summary.Id] = summary;
        await store.WriteStateAsync();
    }

    /// <summary>Open ones first, then by deadline (soonest first), then newest.</summary>
    public Task<Page<ChallengeSummary>> Search(ChallengeQuery query)
    {
        var drafts = query.DraftsOf ?? [];
        var found = store.State.Summaries.Values
            .Where(c => c.Status != ChallengeStatus.Draft || c.OwnerIds.Any(drafts.Contains))
            .Where(c => query.Status is not { } status || c.Status == status)
            .Where(c => query.Kind is not { } kind || c.Kind == kind)
            .Where(c => query.OrganisationId is not { } organisation || c.OwnerIds.Contains(organisation))
            .Where(c => query.DeadlineBefore is not { } before || c.Deadline < before)
            .Where(c => string.IsNullOrWhiteSpace(query.Theme) || c.Themes.Contains(query.Theme.Trim(), StringComparer.CurrentCultureIgnoreCase))
            .Where(c => string.IsNullOrWhiteSpace(query.Text)
                || c.Title.Contains(query.Text.Trim(), StringComparison.CurrentCultureIgnoreCase)
                || c.ProblemStatement.Contains(query.Text.Trim(), StringComparison.CurrentCultureIgnoreCase))
            .OrderBy(c => c.Status == ChallengeStatus.Open ? 0 : 1)
            .ThenBy(c => c.Deadline ?? DateTimeOffset.MaxValue)
            .ThenByDescending(c => c.CreatedAt);
        return Task.FromResult(Page<ChallengeSummary>.Of(found, query.Skip, query.Take));
    }
}
