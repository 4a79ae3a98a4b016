using System.Text.RegularExpressions;
using Hub.Grains.Accounts;
using Hub.Grains.Events;
using Hub.Grains.Organisations;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Browser.Tests;

/// <summary>The collaboration hub in a real browser, in Swedish: posting a challenge, running an event.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CollaborationPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_partner_posts_a_challenge_as_a_draft_and_publishes_it()
    {
        var admin = await fixture.App.Services.GetRequiredService<Hub.Web.Identity.LocalSignIn>().LocalAdminAsync();
        var member = await fixture.App.Services.GetRequiredService<Hub.Web.Identity.AccountRegistry>().FindOrCreateAsync($"{Guid.NewGuid():N}@example.se", "Olle på Trafikkontoret");
        var organisationName = $"Trafikkontoret {Guid.NewGuid():N}"[..30];
        await fixture.App.Services.GetRequiredService<IGrainFactory>().GetGrain<IOrganisationGrain>(Guid.NewGuid())
            .Create(admin.Id, new OrganisationProfile(organisationName, OrganisationKind.CityDepartment, "", null), member.Id);
        var page = await fixture.NewPageSignedInAsync(member);
        var title = $"Cykelparkering vid skolor {Guid.NewGuid():N}"[..40];

        await page.GotoAsync("/challenges/new");
        await page.GetByLabel("Läggs upp av").SelectOptionAsync(new SelectOptionValue { Label = organisationName });
        await page.GetByLabel("Titel").FillAsync(title);
        await page.GetByLabel("Problembeskrivning").FillAsync("Cyklarna står i vägen på skolgårdarna.");
        await page.GetByLabel("Teman").FillAsync("Trafik, Skola");
        await page.GetByLabel("Sista dag", new() { Exact = true }).FillAsync(DateTime.Today.AddDays(30).ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara som utkast" }).ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await Expect(page.Locator(".badge").First).ToHaveTextAsync("Utkast");
        var anyone = await fixture.NewPageAsync();
        await anyone.GotoAsync($"/challenges?text={Uri.EscapeDataString(title)}");
        await Expect(anyone.GetByRole(AriaRole.Link, new() { Name = title })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Flytta till Öppen" }).ClickAsync();

        await Expect(page.Locator(".badge").First).ToHaveTextAsync("Öppen");
        await anyone.GotoAsync($"/challenges?text={Uri.EscapeDataString(title)}&theme=Trafik");
        await Expect(anyone.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_moderator_runs_an_event_with_two_sessions_side_by_side()
    {
        var moderator = await fixture.NewModeratorPageAsync();
        var title = $"Idédag {Guid.NewGuid():N}"[..20];
        await moderator.GotoAsync("/events/new");
        await moderator.GetByLabel("Titel").FillAsync(title);
        await moderator.GetByLabel("Mötesplats").SelectOptionAsync(new SelectOptionValue { Label = "Openlab" });
        var start = DateTime.Now.AddDays(1);
        await moderator.GetByLabel("Börjar").FillAsync(start.ToString("yyyy-MM-ddTHH:mm"));
        await moderator.GetByLabel("Slutar").FillAsync(start.AddHours(3).ToString("yyyy-MM-ddTHH:mm"));
        await moderator.GetByLabel("Fler elever i forskningsnära lärande").CheckAsync();
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Skapa evenemanget" }).ClickAsync();
        await Expect(moderator.Locator("h1")).ToHaveTextAsync(title);

        foreach (var (session, room) in new[] { ("Spår A: laborationer", "Rum 1"), ("Spår B: forskarmöten", "Rum 2") })
        {
            await moderator.GetByLabel("Titel").FillAsync(session);
            await moderator.GetByLabel("Spår").FillAsync(room);
            await moderator.GetByRole(AriaRole.Button, new() { Name = "Starta session" }).ClickAsync();
            await Expect(moderator.Locator(".agenda-session h3", new() { HasText = session })).ToBeVisibleAsync();
        }

        var cards = moderator.Locator(".agenda-session");
        await Expect(cards).ToHaveCountAsync(2);
        await Expect(cards.Locator(".live-session")).ToHaveCountAsync(2);
        var codes = await cards.Locator(".code").AllInnerTextsAsync();
        var display = await fixture.NewPageAsync();
        await display.GotoAsync($"{moderator.Url}/display");
        await Expect(display.Locator(".event-display-sessions .code")).ToHaveTextAsync(codes.ToArray());

        // Each track is a session of its own: what one room posts stays in that room.
        var roomA = await fixture.NewPageAsync();
        var roomB = await fixture.NewPageAsync();
        foreach (var (phone, code) in new[] { (roomA, codes[0]), (roomB, codes[1]) })
        {
            await phone.GotoAsync($"/s/{code.Replace("-", "", StringComparison.Ordinal)}");
            await phone.Locator("#display-name").FillAsync("Elev");
            await phone.GetByRole(AriaRole.Button, new() { Name = "Gå med", Exact = true }).ClickAsync();
            await Expect(phone.Locator("[data-role=live]")).ToBeVisibleAsync();
        }

        await moderator.GetByRole(AriaRole.Link, new() { Name = "Moderera" }).First.ClickAsync();
        await moderator.Locator("button[data-phase=Ideate]").ClickAsync();
        await roomA.GetByLabel("Din idé").FillAsync("Mikroskop i klassrummet");
        await roomA.GetByRole(AriaRole.Button, new() { Name = "Skicka" }).ClickAsync();

        await Expect(moderator.Locator(".idea-text")).ToHaveTextAsync(["Mikroskop i klassrummet"]);
        await Expect(roomB.Locator(".board")).ToContainTextAsync("Inga idéer ännu.");
    }

    [Fact]
    public async Task An_organiser_brings_in_a_fellow_moderator_who_then_takes_the_event_over()
    {
        var mona = await fixture.App.AccountAsync("Mona Moderator", HubRole.Moderator);
        var max = await fixture.App.AccountAsync("Max Moderator", HubRole.Moderator);
        var start = DateTimeOffset.UtcNow.AddDays(2);
        var meeting = await fixture.App.Services.GetRequiredService<IGrainFactory>().GetGrain<IEventGrain>(Guid.NewGuid())
            .Create(mona.Id, new EventDraft("Idédag med två arrangörer", "", Hub.Web.Demo.DemoData.Places[0].Id, start, start.AddHours(3), []));
        var monasPage = await fixture.NewPageSignedInAsync(mona);
        var maxsPage = await fixture.NewPageSignedInAsync(max);
        await maxsPage.GotoAsync($"/events/{meeting.Id}");
        await Expect(maxsPage.GetByRole(AriaRole.Heading, new() { Name = "För arrangörerna" })).ToHaveCountAsync(0);

        await monasPage.GotoAsync($"/events/{meeting.Id}");
        await monasPage.GetByLabel("Lägg till en arrangör: en moderators e-postadress").FillAsync(max.Email);
        await monasPage.GetByRole(AriaRole.Button, new() { Name = "Lägg till arrangör" }).ClickAsync();
        await Expect(monasPage.Locator(".organisers li")).ToHaveTextAsync([new Regex("Mona Moderator"), new Regex("Max Moderator")]);

        await maxsPage.ReloadAsync();
        await maxsPage.GetByRole(AriaRole.Button, new() { Name = "Ta bort Mona Moderator från arrangörerna" }).ClickAsync();

        await Expect(maxsPage.Locator(".organisers li")).ToHaveTextAsync(["Max Moderator"]);
        await Expect(maxsPage.Locator("img.qr")).ToBeVisibleAsync();
        await monasPage.ReloadAsync();
        await Expect(monasPage.GetByRole(AriaRole.Heading, new() { Name = "För arrangörerna" })).ToHaveCountAsync(0);
    }
}
