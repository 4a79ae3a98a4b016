using Hub.Grains.Challenges;
using Hub.Grains.Events;
using Hub.Web.Challenges;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Web.Home.Pages;

/// <summary>The start page: open challenges and coming events, from the index grains. Join codes are shown in the room, not here.</summary>
public sealed class IndexModel(IGrainFactory grains, TimeProvider time) : PageModel
{
    public IReadOnlyList<ChallengeSummary> Challenges { get; private set; } = [];

    public IReadOnlyList<EventSummary> Events { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Organisations { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync()
    {
        var now = time.GetUtcNow();
        Challenges = (await grains.SearchChallengesAsync(new ChallengeQuery(Status: ChallengeStatus.Open, Take: 6), User)).Items;
        Events = (await grains.GetGrain<IEventDirectoryGrain>(0).Search(new EventQuery(EndsAfter: now, Take: 5))).Items;
        Organisations = await grains.OrganisationNamesAsync();
    }
}
