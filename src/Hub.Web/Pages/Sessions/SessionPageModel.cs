using Hub.Grains.JoinCodes;
using Hub.Grains.Sessions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Web.Pages.Sessions;

/// <summary>A page about one session found by its join code.</summary>
public abstract class SessionPageModel(IGrainFactory grains) : PageModel
{
    public string Code { get; private set; } = "";

    public SessionInfo Session { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (JoinCode.Normalize(code) is not { } normalized
            || await grains.GetGrain<IJoinCodeGrain>(normalized).GetSessionId() is not { } sessionId
            || await grains.GetGrain<ISessionGrain>(sessionId).GetInfo() is not { } info)
        {
            return NotFound();
        }

        Code = normalized;
        Session = info;
        return Page();
    }
}
