using Hub.Grains.Accounts;
using Hub.Grains.Challenges;
using Hub.Grains.Organisations;
using Hub.Web.Identity;
using Hub.Web.Localization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hub.Web.Accounts.Pages;

[Authorize]
public sealed class IndexModel(IGrainFactory grains, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public AccountView Account { get; private set; } = null!;

    public IReadOnlyList<(OrganisationView Organisation, OrganisationRole Role)> Organisations { get; private set; } = [];

    /// <summary>The challenges this person follows, soonest deadline first, with where each stands now.</summary>
    public IReadOnlyList<ChallengeView> Following { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Challenge();

    public async Task<IActionResult> OnPostEraseAsync(bool confirm)
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }

        if (!confirm)
        {
            ModelState.AddModelError(string.Empty, localizer["Tick the box to confirm."]);
            return Page();
        }

        await grains.GetGrain<IAccountGrain>(Account.Id).Erase(Account.Id);

        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("/?erased=true");
    }

    private async Task<bool> LoadAsync()
    {
        if (await grains.GetGrain<IAccountGrain>(User.RequireAccountId()).Get() is not { } account)
        {
            return false;
        }

        Account = account;
        List<(OrganisationView, OrganisationRole)> organisations = [];
        foreach (var (organisationId, role) in account.Memberships)
        {
            if (await grains.GetGrain<IOrganisationGrain>(organisationId).Get() is { } organisation)
            {
                organisations.Add((organisation, role));
            }
        }

        Organisations = organisations;
        List<ChallengeView> following = [];
        foreach (var challengeId in await grains.GetGrain<IAccountGrain>(account.Id).FollowedChallenges())
        {
            if (await grains.GetGrain<IChallengeGrain>(challengeId).GetFor(account.Id) is { } challenge)
            {
                following.Add(challenge);
            }
        }

        Following = [.. following.OrderBy(c => c.Draft.Deadline ?? DateTimeOffset.MaxValue)];
        return true;
    }
}
