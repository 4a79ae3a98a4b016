using System.Text.Json;

namespace Hub.Browser.Tests;

/// <summary>Moderation and a participant's own data, in a real browser, in Swedish.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ModerationPageTests(BrowserFixture fixture)
{
    private async Task<(IPage Moderator, string Code)> LaunchAsync(string title, params string[] options)
    {
        var (moderator, code) = await fixture.LaunchAsync(title, options);
        await moderator.StartPhaseAsync("Ideate");
        return (moderator, code);
    }

    [Fact]
    public async Task A_moderator_approves_a_held_idea_and_removes_a_spammer()
    {
        var (moderator, code) = await LaunchAsync("Granskad idéjam", "Granska idéer innan alla ser dem");
        moderator.Dialog += (_, dialog) => dialog.AcceptAsync();
        var alva = await fixture.NewPageAsync();
        var bo = await fixture.NewPageAsync();
        var cy = await fixture.NewPageAsync();
        await alva.JoinAsync(code, "Alva");
        await bo.JoinAsync(code, "Bo");
        await cy.JoinAsync(code, "Cy");

        await alva.PostAsync("Läxhjälp på biblioteket");
        await Expect(alva.Locator(".idea").Filter(new() { HasText = "Läxhjälp på biblioteket" })).ToContainTextAsync("Väntar på granskning");
        await Expect(moderator.Locator(".idea-text")).ToHaveTextAsync(["Läxhjälp på biblioteket"]);
        await Expect(bo.Locator(".board")).ToContainTextAsync("Inga idéer ännu.");

        await moderator.GetByRole(AriaRole.Button, new() { Name = "Godkänn: Läxhjälp på biblioteket" }).ClickAsync();
        await Expect(bo.Locator(".idea-text")).ToHaveTextAsync(["Läxhjälp på biblioteket"]);
        await Expect(alva.Locator(".idea").Filter(new() { HasText = "Läxhjälp på biblioteket" })).Not.ToContainTextAsync("Väntar på granskning");

        await cy.PostAsync("Köp billiga klockor");
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Ta bort skribenten: Köp billiga klockor" }).ClickAsync();

        await Expect(cy.GetByText("En moderator har tagit bort dig från sessionen.")).ToBeVisibleAsync();
        await Expect(cy.Locator("[data-role=live]")).ToBeHiddenAsync();
        await cy.ReloadAsync();
        await Expect(cy.GetByText("En moderator har tagit bort dig från sessionen.")).ToBeVisibleAsync();
        await Expect(cy.Locator("[data-role=join-form]")).ToBeHiddenAsync();

        // The session itself keeps the browser out, though the page forgot everything it kept.
        await cy.EvaluateAsync("localStorage.clear()");
        await cy.ReloadAsync();
        await cy.GetByLabel("Ditt namn").FillAsync("Cyrus");
        await cy.GetByRole(AriaRole.Button, new() { Name = "Gå med", Exact = true }).ClickAsync();
        await Expect(cy.GetByText("En moderator har tagit bort dig från sessionen.")).ToBeVisibleAsync();
        await Expect(cy.Locator("[data-role=live]")).ToBeHiddenAsync();
        await Expect(moderator.Locator(".moderation-log li")).ToHaveCountAsync(2);
        await Expect(moderator.Locator(".moderation-log")).ToContainTextAsync("godkände en idé");
        await Expect(moderator.Locator(".moderation-log")).ToContainTextAsync("tog bort skribenten av en idé och dolde 1 av hens idéer");
        await Expect(bo.Locator(".idea-text")).ToHaveTextAsync(["Läxhjälp på biblioteket"]);
    }

    [Fact]
    public async Task A_reported_idea_is_hidden_and_its_author_takes_their_part_back()
    {
        var (moderator, code) = await LaunchAsync("Anmäld idéjam");
        await moderator.GetByLabel("Anmälningar som döljer en idé tills den granskats").FillAsync("1");
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Spara inställningar" }).ClickAsync();
        var alva = await fixture.NewPageAsync();
        var bo = await fixture.NewPageAsync();
        alva.Dialog += (_, dialog) => dialog.AcceptAsync();
        bo.Dialog += (_, dialog) => dialog.AcceptAsync();
        await alva.JoinAsync(code, "Alva");
        await bo.JoinAsync(code, "Bo");
        await alva.PostAsync("Ett elakt inlägg");
        await alva.PostAsync("Fler parkbänkar");
        await Expect(bo.Locator(".idea-text")).ToHaveTextAsync(["Ett elakt inlägg", "Fler parkbänkar"]);

        await bo.GetByRole(AriaRole.Button, new() { Name = "Anmäl: Ett elakt inlägg" }).ClickAsync();

        await Expect(bo.Locator(".idea-text")).ToHaveTextAsync(["Fler parkbänkar"]);
        await Expect(alva.Locator(".idea-text")).ToHaveTextAsync(["Fler parkbänkar"]);
        var reported = moderator.Locator(".idea").Filter(new() { HasText = "Ett elakt inlägg" });
        await Expect(reported).ToContainTextAsync("Dold");
        await Expect(reported.Locator(".badge.warning")).ToHaveTextAsync("Anmäld 1 gång");
        await Expect(moderator.Locator(".moderation-log")).ToContainTextAsync("dolde en idé efter 1 anmälan");

        await alva.GetByText("Dina uppgifter i sessionen").ClickAsync();
        var download = await alva.RunAndWaitForDownloadAsync(() => alva.GetByRole(AriaRole.Button, new() { Name = "Ladda ner mina uppgifter" }).ClickAsync());
        using var data = JsonDocument.Parse(await File.ReadAllTextAsync(await download.PathAsync()));
        Assert.Equal(["Ett elakt inlägg", "Fler parkbänkar"], data.RootElement.GetProperty("ideas").EnumerateArray().Select(i => i.GetProperty("text").GetString()));

        await alva.GetByRole(AriaRole.Button, new() { Name = "Radera mina bidrag" }).ClickAsync();

        await Expect(alva.GetByText("Dina bidrag till sessionen är raderade.")).ToBeVisibleAsync();
        await Expect(moderator.Locator(".idea-text")).ToHaveCountAsync(0);
        await Expect(bo.Locator(".board")).ToContainTextAsync("Inga idéer ännu.");
    }

    [Fact]
    public async Task An_anonymous_session_asks_for_no_name_and_shows_none()
    {
        var (moderator, code) = await LaunchAsync("Anonym idéjam", "Anonym session");
        var alva = await fixture.NewPageAsync();

        await alva.GotoAsync($"/s/{code.Replace("-", "", StringComparison.Ordinal)}");
        await Expect(alva.GetByText("Den här sessionen är anonym")).ToBeVisibleAsync();
        await alva.GetByRole(AriaRole.Button, new() { Name = "Gå med", Exact = true }).ClickAsync();
        await Expect(alva.Locator("[data-role=live]")).ToBeVisibleAsync();
        await alva.PostAsync("Tystare matsal");

        await Expect(moderator.Locator(".idea-text")).ToHaveTextAsync(["Tystare matsal"]);
        await Expect(moderator.Locator(".idea-meta")).Not.ToContainTextAsync("av ");
        await Expect(moderator.Locator(".status-bar [data-bind=presence-count]")).ToHaveTextAsync("1 här");
        await Expect(moderator.Locator("[data-bind=presence-names]")).ToHaveTextAsync("");
    }
}
