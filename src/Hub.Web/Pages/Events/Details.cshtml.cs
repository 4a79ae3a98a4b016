using Hub.Grains;
using Hub.Grains.Challenges;
using Hub.Grains.Events;
using Hub.Grains.Places;
using Hub.Grains.Sessions;
using Hub.Web.Events;
using Hub.Web.Identity;
using Hub.Web.Localization;
using Hub.Web.RateLimits;
using Hub.Web.Sessions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hub.Web.Pages.Events;

public sealed class DetailsModel(IGrainFactory grains, EventPlanner planner, HubRateLimits limits, TimeProvider time, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public EventView Item { get; private set; } = null!;

    public MeetingPlaceView? Place { get; private set; }

    public IReadOnlyList<(Guid Id, string Title)> Challenges { get; private set; } = [];

    public IReadOnlySet<Guid> LiveSessionIds { get; private set; } = new HashSet<Guid>();

    public bool IsOrganiser { get; private set; }

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

    public async Task<IActionResult> OnPostSessionAsync(Guid id, Guid challengeId, string title, string? track)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        try
        {
            await planner.AddSessionAsync(id, User.AccountId() ?? Guid.Empty, new NewEventSession(challengeId, title, track, null));
            return Redirect($"/events/{id}");
        }
        catch (RuleException rule) when (rule.Code == EventErrorCodes.NotAnOrganiser)
        {
            return Forbid();
        }
        catch (RuleException rule)
        {
            ModelState.AddModelError(string.Empty, rule.Message);
            await LoadAsync(id);
            Message = localizer["The session was not started."];
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await EventsApi.ReadableAsync(grains, id, User) is not { } item)
        {
            return false;
        }

        Item = item;
        IsOrganiser = item.CheckInCode.Length > 0;
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
        LiveSessionIds = await grains.LiveSessionIdsAsync(time);
        return true;
    }
}
