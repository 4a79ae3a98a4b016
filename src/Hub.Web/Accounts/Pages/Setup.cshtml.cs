using System.ComponentModel.DataAnnotations;
using Hub.Grains.Accounts;
using Hub.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Web.Accounts.Pages;

public sealed class SetupModel(FirstAdminSetup setup, AccountRegistry accounts, IGrainFactory grains) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Write your name.")]
    [StringLength(AccountText.MaxDisplayNameLength)]
    public string DisplayName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Write your e-mail address.")]
    [EmailAddress(ErrorMessage = "That is not an e-mail address.")]
    public string Email { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(string secret) =>
        setup.Matches(secret) && await setup.IsOpenAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string secret)
    {
        if (!setup.Matches(secret) || !await setup.IsOpenAsync())
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var account = await accounts.FindOrCreateAsync(Email, DisplayName);
        account = await grains.GetGrain<IAccountGrain>(account.Id).BecomeFirstAdmin();
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountPrincipal.Create(account));
        return LocalRedirect("/admin");
    }
}
