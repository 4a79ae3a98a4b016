using System.Security.Claims;
using Hub.Grains;
using Hub.Grains.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Hub.Web.Identity;

/// <summary>
/// Signs people in through the organisation's identity provider. The provider says who someone is;
/// the Hub's own account says what they may do. A first sign-in links the login to the account
/// with the same e-mail address (an admin may have invited them), or creates one without roles.
/// </summary>
public static class OidcSignIn
{
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
                context.Response.Redirect("/sign-in?failed=true");
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
            context.Fail("The identity provider sent no subject or e-mail address.");
            return;
        }

        var services = context.HttpContext.RequestServices;
        var grains = services.GetRequiredService<IGrainFactory>();
        var login = $"{issuer}|{subject}";
        try
        {
            var accountId = await grains.GetGrain<IAccountDirectoryGrain>(0).FindByLogin(login)
                ?? (await services.GetRequiredService<AccountRegistry>().FindOrCreateAsync(email, external.FindFirstValue("name") ?? email)).Id;
            var account = await grains.GetGrain<IAccountGrain>(accountId).SignInWithLogin(login);
            context.Principal = AccountPrincipal.Create(account);
        }
        catch (RuleException rule)
        {
            context.Fail(rule.Message);
        }
    }
}
