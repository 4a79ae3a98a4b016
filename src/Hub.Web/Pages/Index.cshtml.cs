using Hub.Grains.Challenges;
using Hub.Grains.Events;
using Hub.Grains.Sessions;
using Hub.Web.Challenges;
using Hub.Web.Sessions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Web.Pages;

/// <summary>The start page: sessions live now, open challenges and coming events, all from the index grains.</summary>
public sealed class IndexModel(IGrainFactory grains, TimeProvider time) : PageModel
{
    public IReadOnlyList<ChallengeSummary> Challenges { get; private set; } = [];

    public IReadOnlyList<SessionListing> LiveSessions { get; private set; } = [];

    public IReadOnlyList<EventSummary> Events { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Organisations { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync()
    {
        var now = time.GetUtcNow();
        Challenges = (await grains.SearchChallengesAsync(new ChallengeQuery(Status: ChallengeStatus.Open, Take: 6), User)).Items;
        LiveSessions = await grains.LiveSessionsAsync(time);
        Events = (await grains.GetGrain<IEventDirectoryGrain>(0).Search(new EventQuery(EndsAfter: now, Take: 5))).Items;
        Organisations = await grains.OrganisationNamesAsync();
    }
}
