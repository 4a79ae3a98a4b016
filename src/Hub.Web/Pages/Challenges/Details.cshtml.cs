using Hub.Grains;
using Hub.Grains.Challenges;
using Hub.Grains.Contributions;
using Hub.Grains.Events;
using Hub.Grains.Organisations;
using Hub.Grains.Sessions;
using Hub.Web.Challenges;
using Hub.Web.Identity;
using Hub.Web.Sessions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Web.Pages.Challenges;

public sealed class DetailsModel(IGrainFactory grains, SessionLauncher launcher, TimeProvider time) : PageModel
{
    public ChallengeView Item { get; private set; } = null!;

    public bool IsOwner { get; private set; }

    public IReadOnlyDictionary<Guid, string> Organisations { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlySet<Guid> LiveSessionIds { get; private set; } = new HashSet<Guid>();

    public IReadOnlyList<EventSummary> Events { get; private set; } = [];

    public IReadOnlyList<PartnerSuggestion> Partners { get; private set; } = [];

    public ContributionsView Contributions { get; private set; } = null!;

    /// <summary>The companies the reader belongs to, for the market dialogue.</summary>
    public IReadOnlyList<(Guid Id, string Name)> Companies { get; private set; } = [];

    public bool MayModerate { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostStatusAsync(Guid id, ChallengeStatus status) =>
        ActAsync(id, () => grains.GetGrain<IChallengeGrain>(id).SetStatus(User.RequireAccountId(), status));

    /// <summary>Owners start sessions on their own challenge, and then moderate them.</summary>
    public Task<IActionResult> OnPostSessionAsync(Guid id, string title, string? venue) => ActAsync(id, async () =>
    {
        var sessionId = Guid.NewGuid();
        await launcher.LaunchAsync(sessionId, id, title, venue ?? "", SessionSettings.Default, anonymous: false, SessionActor.Moderator(User.RequireAccountId().ToString()));
        return sessionId;
    }, sessionId => Redirect($"/moderate/{sessionId}"));

    public Task<IActionResult> OnPostIdeaAsync(Guid id, string text) => ContributeAsync(id, account => Contribution(id).SubmitIdea(account, text));

    public Task<IActionResult> OnPostCommentAsync(Guid id, Guid ideaId, string text) => ContributeAsync(id, account => Contribution(id).Comment(account, ideaId, text));

    public Task<IActionResult> OnPostEndorseAsync(Guid id, Guid ideaId, bool endorse) => ContributeAsync(id, account => Contribution(id).Endorse(account, ideaId, endorse));

    public Task<IActionResult> OnPostFollowAsync(Guid id, bool follow) => ContributeAsync(id, account => Contribution(id).Follow(account, follow));

    public Task<IActionResult> OnPostHideAsync(Guid id, Guid itemId, bool hidden) => ContributeAsync(id, account => Contribution(id).SetHidden(account, itemId, hidden));

    public Task<IActionResult> OnPostAskAsync(Guid id, Guid organisationId, string text) => ContributeAsync(id, account => Contribution(id).Ask(account, organisationId, text));

    public Task<IActionResult> OnPostAnswerAsync(Guid id, Guid questionId, string text) => ContributeAsync(id, account => Contribution(id).Answer(account, questionId, text));

    public Task<IActionResult> OnPostProposeAsync(Guid id, Guid organisationId, string text) => ContributeAsync(id, account => Contribution(id).Propose(account, organisationId, text));

    private IChallengeContributionsGrain Contribution(Guid id) => grains.GetGrain<IChallengeContributionsGrain>(id);

    /// <summary>A signed-in person's contribution; the grain decides whether they may, and a refusal shows on the page.</summary>
    private async Task<IActionResult> ContributeAsync(Guid id, Func<Guid, Task> action)
    {
        if (User.AccountId() is not { } account)
        {
            return Challenge();
        }

        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        try
        {
            await action(account);
            return Redirect($"/challenges/{id}#contributions");
        }
        catch (RuleException rule)
        {
            ModelState.AddModelError(string.Empty, rule.Message);
            return Page();
        }
    }

    private Task<IActionResult> ActAsync<T>(Guid id, Func<Task<T>> action) => ActAsync(id, action, _ => Redirect($"/challenges/{id}"));

    private async Task<IActionResult> ActAsync<T>(Guid id, Func<Task<T>> action, Func<T, IActionResult> done)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!IsOwner)
        {
            return Forbid();
        }

        try
        {
            return done(await action());
        }
        catch (RuleException rule)
        {
            ModelState.AddModelError(string.Empty, rule.Message);
            await LoadAsync(id);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await ChallengesApi.ReadableAsync(grains, id, User) is not { } challenge)
        {
            return false;
        }

        Item = challenge;
        IsOwner = User.AccountId() is { } account && await grains.GetGrain<IChallengeGrain>(id).IsOwnedBy(account);
        Organisations = await grains.OrganisationNamesAsync();
        LiveSessionIds = await grains.LiveSessionIdsAsync(time);
        Events = (await grains.GetGrain<IEventDirectoryGrain>(0).Search(new EventQuery(ChallengeId: id, Take: 20))).Items;
        Partners = await grains.SuggestPartnersAsync(challenge);
        Contributions = await Contribution(id).Get(User.AccountId());
        MayModerate = IsOwner || User.IsInRole(HubRoles.Moderator);
        List<(Guid, string)> companies = [];
        foreach (var organisationId in User.OrganisationIds())
        {
            if (await grains.GetGrain<IOrganisationGrain>(organisationId).Get() is { Profile.Kind: OrganisationKind.Company } company)
            {
                companies.Add((organisationId, company.Profile.Name));
            }
        }

        Companies = companies;
        return true;
    }
}
