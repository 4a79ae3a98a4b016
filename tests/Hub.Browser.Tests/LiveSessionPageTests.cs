namespace Hub.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class LiveSessionPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Two_phones_join_by_code_and_see_each_others_ideas_as_the_moderator_steers()
    {
        var (moderator, code) = await fixture.LaunchAsync("Idéjam med två telefoner");
        var alva = await fixture.NewPageAsync();
        var bo = await fixture.NewPageAsync();
        await alva.JoinAsync(code, "Alva");
        await bo.JoinAsync(code, "Bo");
        await Expect(moderator.Locator(".status-bar [data-bind=presence-count]")).ToHaveTextAsync("2 här");

        await moderator.Locator("button[data-phase=Ideate]").ClickAsync();
        await Expect(alva.PhaseBadge()).ToHaveAttributeAsync("data-phase", "Ideate");
        await alva.GetByLabel("Din idé").FillAsync("Cykelbuss till Vetenskapens Hus");
        await alva.GetByRole(AriaRole.Button, new() { Name = "Skicka" }).ClickAsync();

        await Expect(bo.Locator(".idea-text")).ToHaveTextAsync(["Cykelbuss till Vetenskapens Hus"]);
        await Expect(moderator.Locator(".idea-text")).ToHaveTextAsync(["Cykelbuss till Vetenskapens Hus"]);

        await moderator.Locator("button[data-phase=Vote]").ClickAsync();
        await Expect(alva.PhaseBadge()).ToHaveAttributeAsync("data-phase", "Vote");
        await Expect(bo.PhaseBadge()).ToHaveAttributeAsync("data-phase", "Vote");
        await Expect(bo.GetByLabel("Din idé")).ToBeHiddenAsync();

        await bo.GetByRole(AriaRole.Button, new() { Name = "Rösta: Cykelbuss till Vetenskapens Hus" }).ClickAsync();
        await Expect(alva.Locator(".idea .votes")).ToHaveTextAsync(["1 röst"]);
    }

    [Fact]
    public async Task The_next_idea_typed_while_the_last_is_on_its_way_is_kept()
    {
        var (moderator, code) = await fixture.LaunchAsync("Idéjam på ett långsamt nät");
        await moderator.Locator("button[data-phase=Ideate]").ClickAsync();
        var alva = await fixture.NewPageAsync();
        var connection = await SlowConnection.RouteAsync(alva);
        await alva.JoinAsync(code, "Alva");
        await Expect(alva.PhaseBadge()).ToHaveAttributeAsync("data-phase", "Ideate");

        connection.Hold();
        await alva.GetByLabel("Din idé").FillAsync("Fler parkbänkar");
        await alva.GetByRole(AriaRole.Button, new() { Name = "Skicka" }).ClickAsync();
        await connection.AnswerHeld;
        await alva.GetByLabel("Din idé").FillAsync("Vattenposter i parken");
        connection.Release();

        await Expect(alva.GetByText("Din idé har skickats.")).ToBeAttachedAsync();
        await Expect(alva.Locator(".idea-text")).ToHaveTextAsync(["Fler parkbänkar"]);
        await Expect(alva.GetByLabel("Din idé")).ToHaveValueAsync("Vattenposter i parken");
    }

    [Fact]
    public async Task Phones_talk_an_idea_over_live_and_the_moderator_hides_a_rude_comment()
    {
        var (moderator, code) = await fixture.LaunchAsync("Idéjam med kommentarer");
        await moderator.Locator("button[data-phase=Ideate]").ClickAsync();
        var alva = await fixture.NewPageAsync();
        var bo = await fixture.NewPageAsync();
        await alva.JoinAsync(code, "Alva");
        await bo.JoinAsync(code, "Bo");
        await alva.GetByLabel("Din idé").FillAsync("Lånecyklar vid skolan");
        await alva.GetByRole(AriaRole.Button, new() { Name = "Skicka" }).ClickAsync();

        await bo.GetByRole(AriaRole.Button, new() { Name = "Kommentera: Lånecyklar vid skolan" }).ClickAsync();
        await bo.GetByLabel("Din kommentar: Lånecyklar vid skolan").FillAsync("Vem lagar cyklarna?");
        await bo.GetByRole(AriaRole.Button, new() { Name = "Skicka kommentar" }).ClickAsync();
        await alva.GetByRole(AriaRole.Button, new() { Name = "Kommentera: Lånecyklar vid skolan" }).ClickAsync();
        await alva.GetByLabel("Din kommentar: Lånecyklar vid skolan").FillAsync("Dumma fråga");
        await alva.Keyboard.PressAsync("Tab");
        await alva.Keyboard.PressAsync("Enter");

        foreach (var page in new[] { alva, bo, moderator })
        {
            await Expect(page.GetByRole(AriaRole.List, new() { Name = "Kommentarer till: Lånecyklar vid skolan" }).Locator(".comment-text"))
                .ToHaveTextAsync(["Vem lagar cyklarna?", "Dumma fråga"]);
        }

        await Expect(bo.Locator(".comment").Filter(new() { HasText = "Vem lagar cyklarna?" })).ToContainTextAsync("av Bo");
        var display = await fixture.NewPageAsync();
        await display.GotoAsync($"/display/{code.Replace("-", "", StringComparison.Ordinal)}");
        await Expect(display.Locator(".comment-count")).ToHaveTextAsync("2 kommentarer");
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Dölj kommentaren: Dumma fråga" }).ClickAsync();

        await Expect(bo.Locator(".comment-text")).ToHaveTextAsync(["Vem lagar cyklarna?"]);
        await Expect(alva.Locator(".comment-text")).ToHaveTextAsync(["Vem lagar cyklarna?"]);
        await Expect(moderator.Locator(".comment.is-hidden")).ToContainTextAsync("Dold");
        await Expect(moderator.Locator(".moderation-log")).ToContainTextAsync("dolde en kommentar");
        await Expect(display.Locator(".comment-count")).ToHaveTextAsync("1 kommentar");

        await bo.GetByRole(AriaRole.Button, new() { Name = "Ta bort kommentaren: Vem lagar cyklarna?" }).ClickAsync();
        await Expect(alva.Locator(".comment-text")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_participant_who_reloads_is_still_in_the_session()
    {
        var page = await fixture.NewPageAsync();
        await page.JoinAsync(fixture.App.DemoJoinCode, "Cecilia");

        await page.ReloadAsync();

        await Expect(page.Locator("[data-role=live]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-bind=you]")).ToHaveTextAsync("Du: Cecilia");
    }

    [Fact]
    public async Task Markup_typed_as_an_idea_is_shown_as_text()
    {
        const string Hostile = "<img src=x onerror=\"document.title='pwned'\"><b>fet</b>";
        var (moderator, code) = await fixture.LaunchAsync("Idéjam med elak text");
        var page = await fixture.NewPageAsync();
        await page.JoinAsync(code, "<script>alert(1)</script>");
        await moderator.Locator("button[data-phase=Ideate]").ClickAsync();
        await Expect(page.PhaseBadge()).ToHaveAttributeAsync("data-phase", "Ideate");

        await page.GetByLabel("Din idé").FillAsync(Hostile);
        await page.GetByRole(AriaRole.Button, new() { Name = "Skicka" }).ClickAsync();

        var shown = moderator.Locator(".idea-text", new() { HasText = "onerror" });
        await Expect(shown).ToHaveTextAsync(Hostile);
        Assert.Equal(0, await moderator.Locator(".board img, .board b").CountAsync());
        Assert.NotEqual("pwned", await moderator.TitleAsync());
        await Expect(moderator.Locator(".idea-meta", new() { HasText = "<script>" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Markup_in_every_text_field_is_shown_as_text_on_the_phone_the_console_and_the_room_display()
    {
        static string Hostile(string field) => $"<img src=x data-hostile onerror=\"document.title='pwned'\">{field}";
        var moderator = await fixture.NewModeratorPageAsync();
        await moderator.GotoAsync("/moderator");
        await moderator.GetByLabel("Titel").FillAsync(Hostile("titel"));
        await moderator.GetByLabel("Mötesplats").FillAsync(Hostile("plats"));
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Starta session" }).ClickAsync();
        await Expect(moderator.Locator(".session.moderator h1")).ToHaveTextAsync(Hostile("titel"));
        var code = await moderator.Locator(".session-header .code").InnerTextAsync();
        var phone = await fixture.NewPageAsync();
        await phone.JoinAsync(code, Hostile("namn")[..40]);
        await moderator.Locator("button[data-phase=Ideate]").ClickAsync();
        await Expect(phone.PhaseBadge()).ToHaveAttributeAsync("data-phase", "Ideate");
        await phone.GetByLabel("Din idé").FillAsync(Hostile("idé"));
        await phone.GetByRole(AriaRole.Button, new() { Name = "Skicka" }).ClickAsync();
        await phone.Locator(".idea button", new() { HasText = "Kommentera" }).ClickAsync();
        await phone.Locator(".comment-form textarea").FillAsync(Hostile("kommentar"));
        await phone.GetByRole(AriaRole.Button, new() { Name = "Skicka kommentar" }).ClickAsync();
        await moderator.GetByPlaceholder("Gruppnamn").FillAsync(Hostile("g"));
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Lägg till grupp" }).ClickAsync();
        var display = await fixture.NewPageAsync();
        await display.GotoAsync($"/display/{code.Replace("-", "", StringComparison.Ordinal)}");

        foreach (var page in new[] { phone, moderator, display })
        {
            await Expect(page.Locator(".idea-text")).ToHaveTextAsync([Hostile("idé")]);
            await Expect(page.GetByText(Hostile("titel")).First).ToBeVisibleAsync();
            Assert.Equal(0, await page.Locator("[data-hostile]").CountAsync());
            Assert.NotEqual("pwned", await page.TitleAsync());
        }

        foreach (var page in new[] { phone, moderator })
        {
            await Expect(page.Locator(".comment-text")).ToHaveTextAsync([Hostile("kommentar")]);
        }

        await Expect(moderator.Locator(".group h3", new() { HasText = Hostile("g") })).ToHaveCountAsync(1);
        await Expect(moderator.Locator(".idea-meta", new() { HasText = "data-hostile" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_moderator_locks_the_session_and_a_newcomer_is_told_so_while_those_inside_go_on()
    {
        var (moderator, code) = await fixture.LaunchAsync("Låst idéjam");
        var alva = await fixture.NewPageAsync();
        await alva.JoinAsync(code, "Alva");

        await moderator.GetByLabel("Lås sessionen: inga nya deltagare").CheckAsync();
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Spara inställningar" }).ClickAsync();
        await Expect(moderator.GetByText("Sessionen är låst: inga nya deltagare får gå med.")).ToBeVisibleAsync();

        var bo = await fixture.NewPageAsync();
        await bo.GotoAsync($"/join?code={code.ToLowerInvariant()}");
        await bo.GetByLabel("Ditt namn").FillAsync("Bo");
        await bo.GetByRole(AriaRole.Button, new() { Name = "Gå med", Exact = true }).ClickAsync();
        await Expect(bo.GetByText("Moderatorn har låst sessionen: inga nya deltagare får gå med.")).ToBeVisibleAsync();
        await Expect(bo.Locator("[data-role=live]")).ToBeHiddenAsync();

        await moderator.Locator("button[data-phase=Ideate]").ClickAsync();
        await alva.GetByLabel("Din idé").FillAsync("Cykelbuss");
        await alva.GetByRole(AriaRole.Button, new() { Name = "Skicka" }).ClickAsync();
        await Expect(moderator.Locator(".idea-text")).ToHaveTextAsync(["Cykelbuss"]);
    }

    [Fact]
    public async Task An_author_edits_their_idea_and_a_hidden_idea_leaves_every_phone()
    {
        var (moderator, code) = await fixture.LaunchAsync("Idéjam om ändringar");
        var alva = await fixture.NewPageAsync();
        var bo = await fixture.NewPageAsync();
        await alva.JoinAsync(code, "Alva");
        await bo.JoinAsync(code, "Bo");
        await moderator.Locator("button[data-phase=Ideate]").ClickAsync();
        await Expect(alva.PhaseBadge()).ToHaveAttributeAsync("data-phase", "Ideate");
        await alva.GetByLabel("Din idé").FillAsync("Läxhjälp på bibliotket");
        await alva.GetByRole(AriaRole.Button, new() { Name = "Skicka" }).ClickAsync();
        await Expect(bo.Locator(".idea-text")).ToHaveTextAsync(["Läxhjälp på bibliotket"]);

        await alva.GetByRole(AriaRole.Button, new() { Name = "Redigera" }).ClickAsync();
        await alva.GetByRole(AriaRole.Textbox, new() { Name = "Redigera" }).FillAsync("   ");
        await alva.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Expect(alva.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Det gick inte: Skriv något först.");
        await Expect(bo.Locator(".idea-text")).ToHaveTextAsync(["Läxhjälp på bibliotket"]);

        await alva.GetByRole(AriaRole.Textbox, new() { Name = "Redigera" }).FillAsync("Läxhjälp på biblioteket");
        await alva.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Expect(bo.Locator(".idea-text")).ToHaveTextAsync(["Läxhjälp på biblioteket"]);
        Assert.Equal(0, await bo.GetByRole(AriaRole.Button, new() { Name = "Redigera" }).CountAsync());

        await moderator.GetByRole(AriaRole.Button, new() { Name = "Dölj: Läxhjälp på biblioteket" }).ClickAsync();
        await Expect(bo.Locator(".idea-text")).ToHaveCountAsync(0);
        await Expect(alva.Locator(".idea-text")).ToHaveCountAsync(0);
        await Expect(moderator.Locator(".idea.is-hidden .idea-text")).ToHaveTextAsync(["Läxhjälp på biblioteket"]);
    }

    [Fact]
    public async Task The_moderator_groups_and_renames_and_participants_group_when_allowed()
    {
        var (moderator, code) = await fixture.LaunchAsync("Idéjam om grupper");
        var alva = await fixture.NewPageAsync();
        await alva.JoinAsync(code, "Alva");
        await moderator.Locator("button[data-phase=Ideate]").ClickAsync();
        await Expect(alva.PhaseBadge()).ToHaveAttributeAsync("data-phase", "Ideate");
        await alva.GetByLabel("Din idé").FillAsync("Skolresa till Tom Tits");
        await alva.GetByRole(AriaRole.Button, new() { Name = "Skicka" }).ClickAsync();

        await moderator.GetByPlaceholder("Gruppnamn").FillAsync("Resor");
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Lägg till grupp" }).ClickAsync();
        await moderator.GetByLabel("Flytta till grupp: Skolresa till Tom Tits").SelectOptionAsync(new SelectOptionValue { Label = "Resor" });
        await moderator.GetByLabel("Gruppnamn: Resor").FillAsync("Resor och besök");
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Byt namn: Resor" }).ClickAsync();

        var group = alva.Locator(".group", new() { Has = alva.Locator("h3", new() { HasText = "Resor och besök" }) });
        await Expect(group.Locator(".idea-text")).ToHaveTextAsync(["Skolresa till Tom Tits"]);

        await moderator.GetByLabel("Deltagarna får gruppera idéer").CheckAsync();
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Spara inställningar" }).ClickAsync();
        await moderator.Locator("button[data-phase=Group]").ClickAsync();
        await alva.Locator("#new-group-name").FillAsync("Alvas grupp");
        await alva.Locator("[data-role=new-group] button").ClickAsync();
        await alva.GetByLabel("Flytta till grupp: Skolresa till Tom Tits").SelectOptionAsync(new SelectOptionValue { Label = "Alvas grupp" });

        var alvasGroup = moderator.Locator(".group", new() { Has = moderator.Locator("h3", new() { HasText = "Alvas grupp" }) });
        await Expect(alvasGroup.Locator(".idea-text")).ToHaveTextAsync(["Skolresa till Tom Tits"]);
    }
}
