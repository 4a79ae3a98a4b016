using Hub.Grains.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Hub.Web.Identity;

/// <summary>
/// Reads the account behind the cookie on every request, so that a role granted or taken away,
/// or an account erased, counts at once rather than when the cookie expires. One in-memory grain
/// call; the cookie carries only who, the grain says what they may do.
/// </summary>
internal sealed class AccountCookieEvents(IGrainFactory grains) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        if (context.Principal?.AccountId() is not { } accountId
            || await grains.GetGrain<IAccountGrain>(accountId).Get() is not { } account)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        context.ReplacePrincipal(AccountPrincipal.Create(account));
    }

    // The HTTP API and the hub answer with status codes; only pages redirect to the sign-in page.
    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        RejectApiOr(context, StatusCodes.Status401Unauthorized);

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) =>
        RejectApiOr(context, StatusCodes.Status403Forbidden);

    private static Task RejectApiOr(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
