using Hub.Grains;
using Hub.Grains.Challenges;
using Hub.Grains.Contributions;
using Hub.Grains.Events;
using Hub.Grains.Organisations;
using Hub.Grains.Sessions;
using Hub.Web.Identity;
using Hub.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Web.Challenges.Pages;

/// <remarks>The challenge grain decides who may act on it; its refusal of the actor answers 403.</remarks>
[ForbiddenWhen(ChallengeErrorCodes.NotAnOwner, ErrorCodes.Forbidden)]
public sealed class DetailsModel(IGrainFactory grains) : PageModel, IShowsRefusals
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

    /// <summary>Owners start sessions on their own challenge, and then moderate them; the challenge decides who may.</summary>
    public Task<IActionResult> OnPostSessionAsync(Guid id, string title, string? venue) => ActAsync(
        id,
        () => grains.GetGrain<IChallengeGrain>(id).StartSession(User.RequireAccountId(), new NewSession(title, venue ?? "", SessionSettings.Default)),
        started => Redirect($"/moderate/{started.SessionId}"));

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

        await action(account);
        return Redirect($"/challenges/{id}#contributions");
    }

    private Task<IActionResult> ActAsync<T>(Guid id, Func<Task<T>> action) => ActAsync(id, action, _ => Redirect($"/challenges/{id}"));

    private async Task<IActionResult> ActAsync<T>(Guid id, Func<Task<T>> action, Func<T, IActionResult> done)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (User.AccountId() is null)
        {
            return Forbid();
        }

        return done(await action());
    }

    public async Task<IActionResult?> RefusedAsync(RuleException rule)
    {
        await LoadAsync(Item.Id);
        return null;
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var grain = grains.GetGrain<IChallengeGrain>(id);
        if (await grain.GetFor(User.AccountId()) is not { } challenge)
        {
            return false;
        }

        Item = challenge;
        IsOwner = User.AccountId() is { } account && await grain.IsOwnedBy(account);
        Organisations = await grains.OrganisationNamesAsync();
        LiveSessionIds = (await grains.GetGrain<ISessionDirectoryGrain>(0).Live()).Select(s => s.SessionId).ToHashSet();
        Events = (await grains.GetGrain<IEventDirectoryGrain>(0).Search(new EventQuery(ChallengeId: id, Take: 20))).Items;
        Partners = await grains.SuggestPartnersAsync(challenge);
        Contributions = await Contribution(id).Get(User.AccountId());
        MayModerate = User.AccountId() is { } reader && await grain.MayModerate(reader);
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
