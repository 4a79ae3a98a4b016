using Hub.Grains.Sessions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Web.Sessions.Pages;

/// <summary>A page about one session found by its join code.</summary>
public abstract class SessionPageModel(IGrainFactory grains, JoinCodeLookup codes) : PageModel
{
    public string Code { get; private set; } = "";

    public SessionInfo Session { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code)
    {
        var match = await codes.FindAsync(code, HttpContext.Connection.RemoteIpAddress);
        if (match.Outcome == JoinCodeOutcome.LockedOut)
        {
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        if (match.Outcome != JoinCodeOutcome.Found
            || await grains.GetGrain<ISessionGrain>(match.SessionId).GetInfo() is not { } info)
        {
            return NotFound();
        }

        Code = match.Code;
        Session = info;
        OnFound();
        return Page();
    }

    /// <summary>What a page does once its session is found, before it renders.</summary>
    protected virtual void OnFound()
    {
    }
}
