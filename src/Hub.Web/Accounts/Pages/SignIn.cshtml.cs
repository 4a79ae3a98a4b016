using System.ComponentModel.DataAnnotations;
using Hub.Web.Identity;
using Hub.Web.RateLimits;
using Hub.Web.Shared;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Hub.Web.Accounts.Pages;

[EnableRateLimiting(SignInLimits.Policy)]
public sealed class SignInModel(SignInLinkRequests links, PublicOrigin origin, IOptions<AccountOptions> options, IOptions<OidcOptions> oidc) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Write your e-mail address.")]
    [EmailAddress(ErrorMessage = "That is not an e-mail address.")]
    [StringLength(254)]
    public string Email { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Failed { get; set; }

    public bool Sent { get; private set; }

    public int LinkMinutes => options.Value.SignInLinkMinutes;

    public string? OidcName => oidc.Value.IsConfigured ? oidc.Value.DisplayName : null;

    public void OnGet()
    {
    }

    /// <summary>
    /// Says the same, as fast, whether or not the address has an account, so the form reveals
    /// nobody's: the link is looked up and mailed afterwards.
    /// </summary>
    public IActionResult OnPost()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        links.Enqueue(Email, origin.For(Request));
        Sent = true;
        return Page();
    }

    public IActionResult OnPostOidc() =>
        OidcName is null
            ? NotFound()
            : Challenge(new AuthenticationProperties { RedirectUri = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/account" }, OidcOptions.Scheme);
}
