using Hub.Grains.Accounts;
using Hub.Web.Identity;
using Hub.Web.RateLimits;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Hub.Web.Accounts.Pages;

[EnableRateLimiting(SignInLimits.Policy)]
public sealed class LinkModel(IGrainFactory grains) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Account { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Secret { get; set; } = "";

    public bool Failed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Account == Guid.Empty || Secret.Length is 0 or > 100
            || await grains.GetGrain<IAccountGrain>(Account).RedeemSignInLink(Secret) is not { } account)
        {
            Failed = true;
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountPrincipal.Create(account));
        return LocalRedirect("/account");
    }
}
