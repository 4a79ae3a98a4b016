using Hub.Grains.Sessions;
using Hub.Web.Identity;
using Hub.Web.Sessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Web.Sessions.Pages;

[Authorize]
public sealed class ModerateModel(IGrainFactory grains) : PageModel
{
    public Guid SessionId { get; private set; }

    public SessionInfo Session { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid sessionId)
    {
        if (await grains.GetGrain<ISessionGrain>(sessionId).GetInfo() is not { } info)
        {
            return NotFound();
        }

        if (User.AccountId() is not { } accountId || !await grains.MayModerateAsync(accountId, info))
        {
            return Forbid();
        }

        SessionId = sessionId;
        Session = info;
        return Page();
    }
}
