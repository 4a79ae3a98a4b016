using Hub.Grains;
using Hub.Grains.Challenges;
using Hub.Grains.Events;
using Hub.Grains.Organisations;
using Hub.Web.Challenges;
using Hub.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Web.Organisations.Pages;

/// <summary>An organisation's profile with its challenges, and the events and sessions on them.</summary>
public sealed class DetailsModel(IGrainFactory grains) : PageModel
{
    public OrganisationView Organisation { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public IReadOnlyList<ChallengeSummary> Challenges { get; private set; } = [];

    public IReadOnlyList<EventSummary> Events { get; private set; } = [];

    public IReadOnlyList<ChallengeSession> Sessions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await grains.GetGrain<IOrganisationGrain>(id).Get() is not { } organisation)
        {
            return NotFound();
        }

        Organisation = organisation;
        CanManage = User.AccountId() is { } reader && await grains.GetGrain<IOrganisationGrain>(id).MayManage(reader);
        Challenges = (await grains.SearchChallengesAsync(new ChallengeQuery(OrganisationId: id, Take: Page<ChallengeSummary>.MaxTake), User)).Items;

        // Its own challenges only, at most a page of them: a bounded read, not a scan.
        List<EventSummary> events = [];
        List<ChallengeSession> sessions = [];
        foreach (var challenge in Challenges)
        {
            events.AddRange((await grains.GetGrain<IEventDirectoryGrain>(0).Search(new EventQuery(ChallengeId: challenge.Id, Take: 10))).Items);
            sessions.AddRange((await grains.GetGrain<IChallengeGrain>(challenge.Id).Get())?.Sessions ?? []);
        }

        Events = events.DistinctBy(e => e.Id).OrderByDescending(e => e.Start).ToArray();
        Sessions = sessions.OrderByDescending(s => s.OpenedAt).Take(20).ToArray();
        return Page();
    }
}
