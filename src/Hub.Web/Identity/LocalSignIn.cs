using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Hub.Web.Identity;

/// <summary>
/// A secret made anew at every start and printed to the console, so that only whoever can read
/// the console of this process signs in as its moderator.
/// </summary>
public sealed class LocalSignIn(IOptions<LocalSignInOptions> options)
{
    public const string ModeratorId = "local-moderator";

    public bool Enabled => options.Value.Enabled;

    public string Secret { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public bool Matches(string candidate) =>
        Enabled && CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(candidate), System.Text.Encoding.UTF8.GetBytes(Secret));

    public static ClaimsPrincipal Moderator(string name) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, ModeratorId),
            new Claim(ClaimTypes.Name, name),
            new Claim(ClaimTypes.Role, HubRoles.Moderator),
        ],
        CookieAuthenticationDefaults.AuthenticationScheme));
}
