using System.Security.Claims;
using Hub.Grains;
using Hub.Grains.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Hub.Web.Identity;

/// <summary>
/// Signs people in through the organisation's identity provider. The provider says who someone is;
/// the Hub's own account says what they may do. A first sign-in links the login to the account
/// with the same e-mail address (an admin may have invited them), or creates one without roles.
/// </summary>
internal static class OidcSignIn
{
    private const string FailedPath = "/sign-in?failed=true";

    public static AuthenticationBuilder AddHubOidc(this AuthenticationBuilder builder, OidcOptions oidc)
    {
        if (!oidc.IsConfigured)
        {
            return builder;
        }

        return builder.AddOpenIdConnect(OidcOptions.Scheme, oidc.DisplayName, options =>
        {
            options.Authority = oidc.Authority;
            options.ClientId = oidc.ClientId;
            options.ClientSecret = oidc.ClientSecret;
            options.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.UsePkce = true;
            options.Scope.Clear();
            options.Scope.Add("openid");
            options.Scope.Add("profile");
            options.Scope.Add("email");
            options.CallbackPath = "/sign-in/oidc/callback";
            options.SignedOutCallbackPath = "/sign-in/oidc/signed-out";
            options.MapInboundClaims = false;
            options.SaveTokens = false;
            options.Events.OnTicketReceived = ReplaceWithAccountAsync;
            options.Events.OnRemoteFailure = context =>
            {
                context.Response.Redirect(FailedPath);
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
    }

    private static async Task ReplaceWithAccountAsync(TicketReceivedContext context)
    {
        var external = context.Principal!;
        var issuer = external.FindFirst("sub")?.Issuer ?? "";
        var subject = external.FindFirstValue("sub");
        var email = external.FindFirstValue("email");
        if (string.IsNullOrEmpty(subject) || string.IsNullOrEmpty(email))
        {
            Refuse(context);
            return;
        }

        var services = context.HttpContext.RequestServices;
        var grains = services.GetRequiredService<IGrainFactory>();
        var directory = grains.GetGrain<IAccountDirectoryGrain>(0);
        var login = $"{issuer}|{subject}";
        try
        {
            var accountId = await directory.FindByLogin(login);
            if (accountId is null && await directory.FindByEmail(email) is not null && external.FindFirstValue("email_verified") != "true")
            {
                // Linking a new login to an account by its address is taking that account over,
                // unless the provider vouches that the address is the person's.
                Refuse(context);
                return;
            }

            accountId ??= (await services.GetRequiredService<AccountRegistry>().FindOrCreateAsync(email, external.FindFirstValue("name") ?? email)).Id;
            var account = await grains.GetGrain<IAccountGrain>(accountId.Value).SignInWithLogin(login);
            context.Principal = AccountPrincipal.Create(account);
        }
        catch (RuleException)
        {
            Refuse(context);
        }
    }

    /// <summary>
    /// Ends the sign-in here: a failed ticket would otherwise still be signed in, with the provider's
    /// claims and no account behind them.
    /// </summary>
    private static void Refuse(TicketReceivedContext context)
    {
        context.Response.Redirect(FailedPath);
        context.HandleResponse();
    }
}
