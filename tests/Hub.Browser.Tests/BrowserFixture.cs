using Hub.Grains.Accounts;
using Hub.Grains.Sessions;
using Hub.Web.Identity;
using Hub.Web.Sessions;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Browser.Tests;

/// <summary>The Hub on a real port and Debian's Chromium, headless, shared by the browser tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public HubApp App { get; } = HubApp.InNewFolder(kestrel: true);

    public IBrowser Browser { get; private set; } = null!;

    public Uri Root { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Root = App.RootUri;

        // Some of what people type is one long word; every page that lists it must still fit a phone.
        var admin = await App.Services.GetRequiredService<LocalSignIn>().LocalAdminAsync();
        await App.Services.GetRequiredService<SessionLauncher>().LaunchAsync(
            Guid.NewGuid(), Hub.Web.Demo.DemoData.Challenges[0].Id, string.Concat(Enumerable.Repeat("Skolvägstrygghetsinnovationsarbete", 3)), "Openlab",
            SessionSettings.Default, anonymous: false, SessionActor.Moderator(admin.Id.ToString()));
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("HUB_TEST_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh browser profile: its own cookies and local storage, like another person's phone.</summary>
    public async Task<IPage> NewPageAsync(string? culture = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Root.ToString() });
        if (culture is not null)
        {
            await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={culture}|uic={culture}", Url = Root.ToString() }]);
        }

        return await context.NewPageAsync();
    }

    public async Task<IPage> NewModeratorPageAsync(string? culture = null)
    {
        var page = await NewPageAsync(culture);
        await page.GotoAsync($"/signin/{App.Services.GetRequiredService<LocalSignIn>().Secret}");
        return page;
    }

    /// <summary>A fresh browser profile signed in as the account, through a one-time link as people sign in.</summary>
    public async Task<IPage> NewPageSignedInAsync(AccountView account)
    {
        var secret = await App.Services.GetRequiredService<IGrainFactory>().GetGrain<IAccountGrain>(account.Id).IssueSignInLink(TimeSpan.FromMinutes(5));
        var page = await NewPageAsync();
        await page.GotoAsync($"/sign-in/link?account={account.Id:N}&secret={Uri.EscapeDataString(secret)}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in på Innovationshubben" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Ditt konto");
        return page;
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
