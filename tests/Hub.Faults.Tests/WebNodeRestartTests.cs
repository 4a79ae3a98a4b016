using Hub.Grains.Sessions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hub.Faults.Tests;

/// <summary>A phone in a real browser on a web node that is killed and started again.</summary>
[Collection(ProcessCollection.Name)]
public sealed class WebNodeRestartTests : IAsyncLifetime
{
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("HUB_TEST_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
        });
    }

    public async Task DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }

    [Fact]
    public async Task A_phone_on_a_restarted_web_node_reconnects_by_itself_and_misses_nothing()
    {
        await using var cluster = await ProcessCluster.CreateAsync();
        await cluster.StartSiloAsync("silo");
        var port = FreePort.Next();
        var restarting = await cluster.StartWebAsync("web-1", port);
        var other = await cluster.StartWebAsync("web-2");
        var (sessionId, code) = await cluster.OpenSessionAsync(SessionSettings.Default);
        await cluster.Session(sessionId).SetPhase(ProcessCluster.Moderator, SessionPhase.Ideate, null);

        var phone = await (await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = restarting.Root.ToString() })).NewPageAsync();
        await phone.GotoAsync($"/join?code={code.ToLowerInvariant()}");
        await phone.GetByLabel("Ditt namn").FillAsync("Alva");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Gå med", Exact = true }).ClickAsync();
        await Expect(phone.Locator("[data-role=live]")).ToBeVisibleAsync();
        await using var bo = await LiveParticipant.JoinAsync(other.Root, code, "Bo");
        List<string> posted = [];
        async Task PostAsync(string text)
        {
            await bo.PostAsync(text);
            posted.Add(text);
        }

        await PostAsync("Före omstarten");
        await Expect(phone.Locator(".idea-text")).ToHaveTextAsync([.. posted]);

        restarting.Process.Kill();
        for (var i = 1; i <= 5; i++)
        {
            await PostAsync($"Medan noden var borta {i}");
        }

        await cluster.StartWebAsync("web-1", port);
        await PostAsync("Efter omstarten");

        // Every idea exactly once and in order: the phone caught up on what it missed while away.
        await Expect(phone.Locator(".idea-text")).ToHaveTextAsync([.. posted], new() { Timeout = 30_000 });
        await PostAsync("Ännu en");
        await Expect(phone.Locator(".idea-text")).ToHaveTextAsync([.. posted]);
    }
}
