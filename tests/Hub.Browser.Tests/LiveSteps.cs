namespace Hub.Browser.Tests;

/// <summary>What moderators and participants do in a live session, as steps the tests share.</summary>
internal static class LiveSteps
{
    /// <summary>Starts a session the way a moderator does, from the moderator page, and opens its console.</summary>
    public static async Task<(IPage Moderator, string Code)> LaunchAsync(this BrowserFixture fixture, string title, params string[] options)
    {
        var moderator = await fixture.NewModeratorPageAsync();
        await moderator.GotoAsync("/moderator");
        await moderator.GetByLabel("Titel").FillAsync(title);
        await moderator.GetByLabel("Mötesplats").FillAsync("Openlab");
        foreach (var option in options)
        {
            await moderator.GetByLabel(option).CheckAsync();
        }

        await moderator.GetByRole(AriaRole.Button, new() { Name = "Starta session" }).ClickAsync();
        await Expect(moderator.Locator(".session.moderator h1")).ToHaveTextAsync(title);
        return (moderator, await moderator.Locator(".session-header .code").InnerTextAsync());
    }

    /// <summary>Joins from the start page's form, by the code as it is read out in the room.</summary>
    public static async Task JoinAsync(this IPage page, string code, string name)
    {
        await page.GotoAsync($"/join?code={code.ToLowerInvariant()}");
        await page.GetByLabel("Ditt namn").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gå med", Exact = true }).ClickAsync();
        await Expect(page.Locator("[data-role=live]")).ToBeVisibleAsync();
    }

    public static async Task PostAsync(this IPage page, string idea)
    {
        await page.GetByLabel("Din idé").FillAsync(idea);
        await page.GetByRole(AriaRole.Button, new() { Name = "Skicka" }).ClickAsync();
    }

    public static Task StartPhaseAsync(this IPage moderator, string phase) => moderator.Locator($"button[data-phase={phase}]").ClickAsync();

    public static ILocator PhaseBadge(this IPage page) => page.Locator(".status-bar [data-bind=phase]");
}
