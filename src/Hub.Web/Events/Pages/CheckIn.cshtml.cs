using Hub.Grains.Events;
using Hub.Web.RateLimits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Web.Events.Pages;

/// <summary>Where the QR code at the venue leads: one press counts the person as there.</summary>
public sealed class CheckInModel(IGrainFactory grains, HubRateLimits limits) : PageModel
{
    public string Title { get; private set; } = "";

    public int? CheckedIn { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) =>
        await grains.GetGrain<IEventGrain>(id).Get() is { } view ? Shown(view) : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, string code)
    {
        if (await grains.GetGrain<IEventGrain>(id).Get() is not { } view)
        {
            return NotFound();
        }

        if (!limits.TryRegister(HttpContext.Connection.RemoteIpAddress))
        {
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        // Shown first, so that a refused check-in shows on the same page.
        var shown = Shown(view);
        CheckedIn = await grains.GetGrain<IEventGrain>(id).CheckIn(code, EventRegistrations.Read(Request, id));
        return shown;
    }

    private PageResult Shown(EventView view)
    {
        Title = view.Draft.Title;
        return Page();
    }
}
