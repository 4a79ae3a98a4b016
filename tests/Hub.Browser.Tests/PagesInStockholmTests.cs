namespace Hub.Browser.Tests;

/// <summary>What every page says the way people in Stockholm read it: their time, their language.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PagesInStockholmTests(BrowserFixture fixture)
{
    private static async Task PlanAsync(IPage moderator, string title, string day)
    {
        await moderator.GotoAsync("/events/new");
        await moderator.GetByLabel("Titel").FillAsync(title);
        await moderator.GetByLabel("Mötesplats").SelectOptionAsync(new SelectOptionValue { Label = "Vetenskapens Hus" });
        await moderator.GetByLabel("Börjar").FillAsync($"{day}T13:00");
        await moderator.GetByLabel("Slutar").FillAsync($"{day}T15:30");
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Skapa evenemanget" }).ClickAsync();
        await Expect(moderator.Locator("h1")).ToHaveTextAsync(title);
    }

    [Fact]
    public async Task An_event_planned_for_one_oclock_shows_one_oclock_on_both_sides_of_the_change_to_summer_time()
    {
        var moderator = await fixture.NewModeratorPageAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        await PlanAsync(moderator, $"Vintertid {tag}", "2027-03-27");
        var winter = moderator.Url;
        await PlanAsync(moderator, $"Sommartid {tag}", "2027-03-28");
        var summer = moderator.Url;

        await moderator.GotoAsync(winter);
        await Expect(moderator.Locator("main time").First).ToHaveTextAsync("lör 27 mars 2027 13:00");
        await Expect(moderator.Locator("main time").First).ToHaveAttributeAsync("datetime", "2027-03-27T13:00:00+01:00");
        await moderator.GotoAsync(summer);
        await Expect(moderator.Locator("main time").First).ToHaveTextAsync("sön 28 mars 2027 13:00");
        await Expect(moderator.Locator("main time").First).ToHaveAttributeAsync("datetime", "2027-03-28T13:00:00+02:00");
        await Expect(moderator.Locator("main time").Nth(1)).ToHaveTextAsync("15:30");

        var english = await fixture.NewPageAsync("en-GB");
        await english.GotoAsync(summer);
        await Expect(english.Locator("main time").First).ToHaveTextAsync("Sun 28 Mar 2027 13:00");
        await english.GotoAsync($"/places/{Hub.Web.Demo.DemoData.Places[1].Id}");
        await Expect(english.Locator("li", new() { HasText = $"Vintertid {tag}" }).Locator("time")).ToHaveTextAsync("Sat 27 Mar 2027 13:00");
        await Expect(english.Locator("li", new() { HasText = $"Sommartid {tag}" }).Locator("time")).ToHaveTextAsync("Sun 28 Mar 2027 13:00");
    }
}
