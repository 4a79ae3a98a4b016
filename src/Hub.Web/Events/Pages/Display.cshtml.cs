using Hub.Grains.Events;
using Hub.Grains.Sessions;
using Hub.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Web.Events.Pages;

/// <summary>The room screen for a whole event: every session live now, side by side, with its code.</summary>
public sealed class DisplayModel(IGrainFactory grains) : PageModel
{
    public EventView Item { get; private set; } = null!;

    public IReadOnlySet<Guid> LiveSessionIds { get; private set; } = new HashSet<Guid>();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await grains.GetGrain<IEventGrain>(id).GetFor(User.AccountId()) is not { } item)
        {
            return NotFound();
        }

        Item = item;
        LiveSessionIds = (await grains.GetGrain<ISessionDirectoryGrain>(0).Live()).Select(s => s.SessionId).ToHashSet();
        return Page();
    }
}
