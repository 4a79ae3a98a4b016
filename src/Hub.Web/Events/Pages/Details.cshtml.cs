using Hub.Grains;
using Hub.Grains.Challenges;
using Hub.Grains.Events;
using Hub.Grains.Places;
using Hub.Grains.Sessions;
using Hub.Web.Identity;
using Hub.Web.Localization;
using Hub.Web.RateLimits;
using Hub.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hub.Web.Events.Pages;

[ForbiddenWhen(EventErrorCodes.NotAnOrganiser)]
public sealed class DetailsModel(IGrainFactory grains, HubRateLimits limits, IStringLocalizer<SharedResource> localizer) : PageModel, IShowsRefusals
{
    private string? _failed;

    public EventView Item { get; private set; } = null!;

    public MeetingPlaceView? Place { get; private set; }

    public IReadOnlyList<(Guid Id, string Title)> Challenges { get; private set; } = [];

    public IReadOnlySet<Guid> LiveSessionIds { get; private set; } = new HashSet<Guid>();

    public bool IsOrganiser { get; private set; }

    /// <summary>Read only for organisers: the names are staff's, and the page is public.</summary>
    public IReadOnlyList<(Guid Id, string Name)> Organisers { get; private set; } = [];

    public bool IsRegistered { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    /// <summary>Anyone registers; the browser keeps the registration so that its check-in counts once.</summary>
    public async Task<IActionResult> OnPostRegisterAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!limits.TryRegister(HttpContext.Connection.RemoteIpAddress))
        {
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        var registration = await grains.GetGrain<IEventGrain>(id).Register();
        Response.Cookies.Append(EventRegistrations.CookieName(id), registration.ToString(), EventRegistrations.CookieOptions(Item.Draft.End, Request.IsHttps));
        return Redirect($"/events/{id}");
    }

    public Task<IActionResult> OnPostSessionAsync(Guid id, Guid challengeId, string title, string? track) =>
        OrganiseAsync(
            id,
            actor => grains.GetGrain<IEventGrain>(id).StartSession(actor, new NewAgendaSession(challengeId, title, track, SessionSettings.Default)),
            localizer["The session was not started."]);

    public Task<IActionResult> OnPostOrganiserAsync(Guid id, string? email) =>
        OrganiseAsync(id, actor => grains.GetGrain<IEventGrain>(id).AddOrganiserByEmail(actor, email), localizer["The organiser was not added."]);

    public Task<IActionResult> OnPostRemoveOrganiserAsync(Guid id, Guid accountId) =>
        OrganiseAsync(id, actor => grains.GetGrain<IEventGrain>(id).RemoveOrganiser(actor, accountId), localizer["The organiser was not removed."]);

    /// <summary>An organiser's change: the event's grain decides who may; a refusal shows on the page.</summary>
    private async Task<IActionResult> OrganiseAsync(Guid id, Func<Guid, Task> change, string failed)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        _failed = failed;
        await change(User.AccountId() ?? Guid.Empty);
        return Redirect($"/events/{id}");
    }

    public async Task<IActionResult?> RefusedAsync(RuleException rule)
    {
        await LoadAsync(Item.Id);
        Message = _failed;
        return null;
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await grains.GetGrain<IEventGrain>(id).GetFor(User.AccountId()) is not { } item)
        {
            return false;
        }

        Item = item;
        IsOrganiser = item.CheckInCode.Length > 0;
        Organisers = IsOrganiser ? await grains.OrganiserNamesAsync(item) : [];
        IsRegistered = EventRegistrations.Read(Request, id) is not null;
        Place = await grains.GetGrain<IMeetingPlaceGrain>(item.Draft.MeetingPlaceId).Get();
        List<(Guid, string)> challenges = [];
        foreach (var challengeId in item.Draft.ChallengeIds)
        {
            if (await grains.GetGrain<IChallengeGrain>(challengeId).Get() is { } challenge)
            {
                challenges.Add((challengeId, challenge.Title));
            }
        }

        Challenges = challenges;
        LiveSessionIds = (await grains.GetGrain<ISessionDirectoryGrain>(0).Live()).Select(s => s.SessionId).ToHashSet();
        return true;
    }
}
