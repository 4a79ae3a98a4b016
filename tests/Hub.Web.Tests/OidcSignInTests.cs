using System.Net;
using Hub.Grains.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests;

/// <summary>Signing in through an OpenID Connect provider, with the Hub's real handler and a real provider on a port.</summary>
public sealed class OidcSignInTests
{
    [Fact]
    public async Task A_person_signs_in_through_the_identity_provider_and_keeps_one_account()
    {
        await using var provider = await TestIdentityProvider.StartAsync();
        await using var app = HubApp.InNewFolder(new Dictionary<string, string?>
        {
            ["Hub:Oidc:Authority"] = provider.Authority,
            ["Hub:Oidc:ClientId"] = TestIdentityProvider.ClientId,
            ["Hub:Oidc:ClientSecret"] = TestIdentityProvider.ClientSecret,
            ["Hub:Oidc:RequireHttpsMetadata"] = "false",
        });

        var first = await SignInAsync(app, provider);
        var second = await SignInAsync(app, provider);

        var page = await first.PageAsync("/account");
        Assert.Contains("Lena Lind", page);
        Assert.Contains("lena.lind@stockholm.example", page);
        Assert.True(second.IsSignedIn);
        var accounts = await app.Services.GetRequiredService<IGrainFactory>().GetGrain<IAccountDirectoryGrain>(0).List();
        Assert.Single(accounts, a => a.Email == "lena.lind@stockholm.example");
    }

    [Fact]
    public async Task A_provider_that_does_not_vouch_for_an_address_cannot_take_over_the_account_that_has_it()
    {
        await using var provider = await TestIdentityProvider.StartAsync();
        await using var app = HubApp.InNewFolder(new Dictionary<string, string?>
        {
            ["Hub:Oidc:Authority"] = provider.Authority,
            ["Hub:Oidc:ClientId"] = TestIdentityProvider.ClientId,
            ["Hub:Oidc:ClientSecret"] = TestIdentityProvider.ClientSecret,
            ["Hub:Oidc:RequireHttpsMetadata"] = "false",
        });
        var admin = await app.Services.GetRequiredService<Identity.LocalSignIn>().LocalAdminAsync();
        provider.Person = ("sub-mallory", Identity.LocalSignIn.Email, "Mallory");
        provider.EmailVerified = false;

        var browser = app.NewBrowser();
        var challenge = await browser.SubmitAsync("/sign-in", [], "/sign-in?handler=Oidc");
        using var toProvider = new HttpClient();
        var answer = (await toProvider.GetFromJsonAsync<ProviderAnswer>(challenge.Headers.Location!))!;
        var callback = await browser.PostFormAsync(new Uri(answer.Redirect_uri).PathAndQuery, [new("code", answer.Code), new("state", answer.State)]);

        Assert.Equal("/sign-in?failed=true", callback.Headers.Location?.OriginalString);
        Assert.False(browser.IsSignedIn);
        Assert.Empty((await app.Services.GetRequiredService<IGrainFactory>().GetGrain<IAccountGrain>(admin.Id).Export(admin.Id)).ExternalLogins);
    }

    /// <summary>The sign-in page's button, the provider's answer, and its form post back to the Hub.</summary>
    private static async Task<BrowserClient> SignInAsync(HubApp app, TestIdentityProvider provider)
    {
        var browser = app.NewBrowser();
        var challenge = await browser.SubmitAsync("/sign-in", [], "/sign-in?handler=Oidc");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = challenge.Headers.Location!;
        Assert.StartsWith(provider.Authority, authorize.ToString());

        using var toProvider = new HttpClient();
        var answer = (await toProvider.GetFromJsonAsync<ProviderAnswer>(authorize))!;
        var callback = await browser.PostFormAsync(new Uri(answer.Redirect_uri).PathAndQuery, [new("code", answer.Code), new("state", answer.State)]);

        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.Equal("/account", callback.Headers.Location?.OriginalString);
        Assert.True(browser.IsSignedIn);
        return browser;
    }

    private sealed record ProviderAnswer(string Redirect_uri, string Code, string State);
}
