using Hub.Grains.Sessions;
using Hub.Web.Identity;
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
        var session = grains.GetGrain<ISessionGrain>(sessionId);
        if (await session.GetInfo() is not { } info)
        {
            return NotFound();
        }

        if (User.AccountId() is not { } accountId || !await session.MayModerate(accountId))
        {
            return Forbid();
        }

        SessionId = sessionId;
        Session = info;
        return Page();
    }
}
