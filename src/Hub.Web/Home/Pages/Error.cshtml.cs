using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Web.Home.Pages;

/// <summary>
/// What a person sees instead of a bare status code: the status pages re-execute here for every
/// address outside the API, keeping the status. It answers any method, since the request that
/// failed may have been a form's post.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    /// <summary>The address that failed was a join code's: the session page or the room display.</summary>
    public bool WasSessionAddress { get; private set; }

    public void OnGet(int status) => Describe(status);

    public void OnPost(int status) => Describe(status);

    private void Describe(int status)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        var original = reExecuted ?? "";
        Status = status;

        // Asked for by its own address, the page still answers with the status it describes.
        if (reExecuted is null && status is >= 400 and <= 599)
        {
            Response.StatusCode = status;
        }

        WasSessionAddress = status == StatusCodes.Status404NotFound
            && (original.StartsWith("/s/", StringComparison.Ordinal) || original.StartsWith("/display/", StringComparison.Ordinal));
    }
}
