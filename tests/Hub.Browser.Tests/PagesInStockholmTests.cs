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

    [Fact]
    public async Task A_mistyped_join_code_or_address_gets_a_page_in_the_readers_language_and_the_api_keeps_its_problem_details()
    {
        var swedish = await fixture.NewPageAsync();
        var english = await fixture.NewPageAsync("en-GB");

        var response = await swedish.GotoAsync("/s/ZZZZZZ");
        Assert.Equal(404, response!.Status);
        await Expect(swedish.Locator("h1")).ToHaveTextAsync("Det finns ingen session med den koden");
        await english.GotoAsync("/s/ZZZZZZ");
        await Expect(english.Locator("h1")).ToHaveTextAsync("There is no session with that code");
        response = await swedish.GotoAsync($"/challenges/{Guid.NewGuid()}");
        Assert.Equal(404, response!.Status);
        await Expect(swedish.Locator("h1")).ToHaveTextAsync("Vi hittar inte sidan");
        await english.GotoAsync("/no-such-page");
        await Expect(english.Locator("h1")).ToHaveTextAsync("We could not find that page");

        var api = await swedish.APIRequest.GetAsync($"/api/challenges/{Guid.NewGuid()}");
        Assert.Equal(404, api.Status);
        Assert.StartsWith("application/problem+json", api.Headers["content-type"]);
    }

    [Fact]
    public async Task Refusals_and_counts_read_as_Swedish_on_a_Swedish_page()
    {
        var moderator = await fixture.NewModeratorPageAsync();
        await moderator.GotoAsync("/events/new");
        await moderator.GetByLabel("Titel").FillAsync("Baklänges");
        await moderator.GetByLabel("Börjar").FillAsync("2027-05-04T15:00");
        await moderator.GetByLabel("Slutar").FillAsync("2027-05-04T13:00");
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Skapa evenemanget" }).ClickAsync();
        await Expect(moderator.GetByRole(AriaRole.Alert)).ToContainTextAsync("Ett evenemang måste sluta efter att det börjar.");

        var (console, code) = await fixture.LaunchAsync("Idéjam med få röster");
        await Expect(console.GetByLabel("Röster per deltagare")).ToHaveValueAsync("5");
        await console.GetByLabel("Röster per deltagare").FillAsync("3");
        await console.GetByRole(AriaRole.Button, new() { Name = "Spara inställningar" }).ClickAsync();
        var alva = await fixture.NewPageAsync();
        await alva.JoinAsync(code, "Alva");
        await console.StartPhaseAsync("Ideate");
        await alva.PostAsync("Fler bänkar");
        await console.StartPhaseAsync("Vote");
        await alva.GetByRole(AriaRole.Button, new() { Name = "Rösta: Fler bänkar" }).ClickAsync();
        await Expect(alva.Locator(".idea .votes")).ToHaveTextAsync("1 röst");
        await Expect(alva.Locator("[data-bind=votes-left]")).ToHaveTextAsync("2 röster kvar");
        await alva.GetByRole(AriaRole.Button, new() { Name = "Rösta: Fler bänkar" }).ClickAsync();

        await Expect(alva.Locator("[data-bind=votes-left]")).ToHaveTextAsync("1 röst kvar");
        await Expect(alva.Locator(".idea .votes")).ToHaveTextAsync("2 röster");
    }
}
