using System.Security.Claims;
using Hub.Grains.Accounts;
using Hub.Grains.Organisations;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Hub.Web.Identity;

/// <summary>The claims of a signed-in account, made from the account grain, which holds the truth.</summary>
internal static class AccountPrincipal
{
    public static ClaimsPrincipal Create(AccountView account)
    {
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, account.Id.ToString()),
            new(ClaimTypes.Name, account.DisplayName),
            new(ClaimTypes.Email, account.Email),
        ];
        if (account.IsAdmin)
        {
            claims.Add(new Claim(ClaimTypes.Role, HubRoles.Admin));
        }

        if (account.IsModerator)
        {
            claims.Add(new Claim(ClaimTypes.Role, HubRoles.Moderator));
        }

        foreach (var (organisationId, role) in account.Memberships)
        {
            claims.Add(new Claim(HubRoles.OrganisationMember, organisationId.ToString()));
            if (role == OrganisationRole.Admin)
            {
                claims.Add(new Claim(HubRoles.OrganisationAdmin, organisationId.ToString()));
            }
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    public static Guid? AccountId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static Guid RequireAccountId(this ClaimsPrincipal user) =>
        user.AccountId() ?? throw new InvalidOperationException("The endpoint requires a signed-in account.");
}
