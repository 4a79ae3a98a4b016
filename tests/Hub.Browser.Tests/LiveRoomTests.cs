namespace Hub.Browser.Tests;

/// <summary>The live room in front of a hall: what a phone shows while the moderator steers.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveRoomTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_phone_with_a_comment_half_written_gets_its_vote_buttons_the_moment_voting_starts()
    {
        var (moderator, code) = await fixture.LaunchAsync("Idéjam med halvskriven kommentar");
        var alva = await fixture.NewPageAsync();
        var bo = await fixture.NewPageAsync();
        await alva.JoinAsync(code, "Alva");
        await bo.JoinAsync(code, "Bo");
        await moderator.StartPhaseAsync("Ideate");
        await alva.PostAsync("Grönare skolgård");
        await bo.GetByRole(AriaRole.Button, new() { Name = "Kommentera: Grönare skolgård" }).ClickAsync();
        await bo.GetByLabel("Din kommentar: Grönare skolgård").FillAsync("Med odlingslådor");

        await moderator.StartPhaseAsync("Vote");

        await Expect(bo.GetByRole(AriaRole.Button, new() { Name = "Rösta: Grönare skolgård" })).ToBeVisibleAsync();
        await Expect(bo.GetByLabel("Din kommentar: Grönare skolgård")).ToHaveValueAsync("Med odlingslådor");
        await Expect(bo.GetByLabel("Din kommentar: Grönare skolgård")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task The_group_form_shows_only_while_participants_may_group()
    {
        var (moderator, code) = await fixture.LaunchAsync("Idéjam utan deltagargrupper");
        var alva = await fixture.NewPageAsync();
        await alva.JoinAsync(code, "Alva");
        await Expect(alva.GetByLabel("Gruppnamn")).ToBeHiddenAsync();

        await moderator.StartPhaseAsync("Group");

        await Expect(alva.PhaseBadge()).ToHaveAttributeAsync("data-phase", "Group");
        await Expect(alva.GetByLabel("Gruppnamn")).ToBeHiddenAsync();
        await Expect(alva.GetByRole(AriaRole.Button, new() { Name = "Lägg till grupp" })).ToBeHiddenAsync();
    }

    [Fact]
    public async Task In_the_results_comments_read_across_the_card_beside_the_rank()
    {
        var (moderator, code) = await fixture.LaunchAsync("Idéjam med resultat och kommentarer");
        var alva = await fixture.NewPageAsync();
        var bo = await fixture.NewPageAsync();
        await alva.JoinAsync(code, "Alva");
        await bo.JoinAsync(code, "Bo");
        await moderator.StartPhaseAsync("Ideate");
        await alva.PostAsync("Solceller på skolans tak");
        await alva.GetByRole(AriaRole.Button, new() { Name = "Kommentera: Solceller på skolans tak" }).ClickAsync();
        await alva.GetByLabel("Din kommentar: Solceller på skolans tak").FillAsync("Eleverna kan följa elproduktionen i en app");
        await alva.GetByRole(AriaRole.Button, new() { Name = "Skicka kommentar" }).ClickAsync();
        await Expect(bo.Locator(".comment-text")).ToHaveCountAsync(1);

        await moderator.StartPhaseAsync("Results");

        await Expect(bo.Locator(".ranked .rank")).ToHaveTextAsync(["1."]);
        foreach (var width in new[] { 1280, 360 })
        {
            await bo.SetViewportSizeAsync(width, 800);
            var rank = await bo.Locator(".ranked .rank").BoundingBoxAsync();
            var idea = await bo.Locator(".ranked .idea-text").BoundingBoxAsync();
            var comment = await bo.Locator(".ranked .comment-text").BoundingBoxAsync();
            Assert.True(comment!.X >= rank!.X + rank.Width, $"At {width} px the comment starts at {comment.X}, inside the rank column that ends at {rank.X + rank.Width}.");
            Assert.True(comment.Width >= idea!.Width * 0.8, $"At {width} px the comment is {comment.Width} px wide beside an idea {idea.Width} px wide.");
            Assert.True(comment.Height < 60, $"At {width} px the comment is {comment.Height} px high: squeezed into one word per line.");
        }
    }

    [Fact]
    public async Task A_double_tap_on_send_or_on_vote_counts_once()
    {
        var (moderator, code) = await fixture.LaunchAsync("Idéjam med dubbeltryck");
        var bo = await fixture.NewPageAsync();
        var connection = await SlowConnection.RouteAsync(bo);
        await bo.JoinAsync(code, "Bo");
        await moderator.StartPhaseAsync("Ideate");
        await Expect(bo.PhaseBadge()).ToHaveAttributeAsync("data-phase", "Ideate");

        connection.Hold();
        await bo.GetByLabel("Din idé").FillAsync("Cykelbuss");
        var send = bo.GetByRole(AriaRole.Button, new() { Name = "Skicka" });
        await send.DblClickAsync();
        await connection.AnswerHeld;
        await Expect(send).ToHaveAttributeAsync("aria-disabled", "true");
        connection.Release();
        await Expect(send).Not.ToHaveAttributeAsync("aria-disabled", "true");
        await bo.PostAsync("Fler bänkar");
        await Expect(moderator.Locator(".idea-text")).ToHaveTextAsync(["Cykelbuss", "Fler bänkar"]);

        await moderator.StartPhaseAsync("Vote");
        await Expect(bo.PhaseBadge()).ToHaveAttributeAsync("data-phase", "Vote");
        connection.Hold();
        var vote = bo.GetByRole(AriaRole.Button, new() { Name = "Rösta: Cykelbuss" });
        await vote.DblClickAsync();
        await connection.AnswerHeld;
        await Expect(vote).ToHaveAttributeAsync("aria-disabled", "true");
        connection.Release();
        await bo.GetByRole(AriaRole.Button, new() { Name = "Rösta: Fler bänkar" }).ClickAsync();

        await Expect(bo.Locator(".idea", new() { HasText = "Fler bänkar" }).Locator(".mine")).ToHaveTextAsync("Dina röster: 1");
        await Expect(bo.Locator(".idea", new() { HasText = "Cykelbuss" }).Locator(".mine")).ToHaveTextAsync("Dina röster: 1");
        await Expect(moderator.Locator(".idea", new() { HasText = "Cykelbuss" }).Locator(".votes")).ToHaveTextAsync("1 röst");
    }
}
