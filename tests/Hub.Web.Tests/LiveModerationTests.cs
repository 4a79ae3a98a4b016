using Hub.Grains.Sessions;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests;

/// <summary>Moderation as the clients of a live session see it, over real SignalR connections.</summary>
[Collection(HubAppCollection.Name)]
public sealed class LiveModerationTests(HubAppFixture fixture)
{
    private HubApp App => fixture.App;

    private async Task<(string Code, SessionClient Moderator)> LaunchAsync(SessionSettings settings, bool anonymous = false)
    {
        var (http, cookie) = await App.SignInModeratorAsync();
        var response = await http.PostAsJsonAsync("/api/sessions", new { challengeId = Demo.DemoData.Challenges[1].Id, title = "Moderering", settings, anonymous });
        response.EnsureSuccessStatusCode();
        var launched = (await response.Content.ReadFromJsonAsync<Sessions.LaunchedSession>())!;
        var moderator = await App.ConnectAsync(cookie);
        await moderator.ModerateAsync(launched.SessionId);
        await moderator.Connection.InvokeAsync("SetPhase", SessionPhase.Ideate, (int?)null);
        return (launched.JoinCode, moderator);
    }

    private async Task<SessionClient> WatchAsync(string code)
    {
        var display = await App.ConnectAsync();
        await display.Connection.InvokeAsync<SessionCatchUp>("Watch", code, null, 0L);
        return display;
    }

    [Fact]
    public async Task A_comment_reaches_everyone_live_and_a_hidden_one_leaves_all_but_the_moderators()
    {
        var (code, moderator) = await LaunchAsync(SessionSettings.Default);
        await using var _ = moderator;
        await using var alva = await App.JoinedAsync(code, "Alva");
        await using var bo = await App.JoinedAsync(code, "Bo");
        await using var display = await WatchAsync(code);
        var idea = await alva.Connection.InvokeAsync<IdeaView>("PostIdea", "Lånecyklar vid skolan", Guid.NewGuid());

        var comment = await bo.Connection.InvokeAsync<CommentView>("PostComment", idea.Id, "  Vem lagar cyklarna?  ", Guid.NewGuid());

        Assert.Equal(("Vem lagar cyklarna?", "Bo"), (comment.Text, comment.AuthorName));
        foreach (var client in new[] { alva, display, moderator })
        {
            await client.WaitUntilAsync(r => r.OfType<CommentPosted>().Any(e => e.Comment == comment), "Bo's comment");
        }

        await moderator.Connection.InvokeAsync("HideComment", comment.Id);

        foreach (var client in new[] { alva, display, moderator })
        {
            await client.WaitUntilAsync(r => r.OfType<CommentHidden>().Any(e => e.CommentId == comment.Id), "the comment hidden");
        }

        await moderator.WaitUntilAsync(r => r.OfType<ModerationLogged>().Any(e => e.Entry.CommentId == comment.Id), "the log entry");
        Assert.DoesNotContain(alva.Received, e => e is ModerationLogged);
        var refusal = await Assert.ThrowsAsync<HubException>(() => bo.Connection.InvokeAsync("DeleteComment", comment.Id));
        Assert.Contains("forbidden: ", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_held_idea_reaches_moderators_whole_and_everyone_else_as_withheld_until_approved()
    {
        var (code, moderator) = await LaunchAsync(SessionSettings.Default with { HoldIdeasForApproval = true });
        await using var _ = moderator;
        await using var alva = await App.JoinedAsync(code, "Alva");
        await using var bo = await App.JoinedAsync(code, "Bo");
        await using var display = await WatchAsync(code);

        var held = await alva.Connection.InvokeAsync<IdeaView>("PostIdea", "Granska mig först", Guid.NewGuid());

        Assert.True(held.Pending);
        await moderator.WaitUntilAsync(r => r.OfType<IdeaPosted>().Any(e => e.Idea.Id == held.Id), "the held idea");
        var seq = moderator.Received.OfType<IdeaPosted>().Single(e => e.Idea.Id == held.Id).Seq;
        foreach (var other in new[] { bo, display })
        {
            await other.WaitUntilAsync(r => r.Any(e => e.Seq == seq), "the event in its place");
            Assert.IsType<Withheld>(other.Received.Single(e => e.Seq == seq));
        }

        await moderator.Connection.InvokeAsync("ApproveIdea", held.Id);

        foreach (var client in new[] { bo, display, alva })
        {
            await client.WaitUntilAsync(r => r.OfType<IdeaApproved>().Any(e => e.Idea.Text == "Granska mig först" && !e.Idea.Pending), "the approved idea");
        }
    }

    [Fact]
    public async Task A_removed_participant_is_cut_off_and_cannot_come_back()
    {
        var (code, moderator) = await LaunchAsync(SessionSettings.Default);
        await using var _ = moderator;
        await using var alva = await App.JoinedAsync(code, "Alva");
        await using var bo = await App.JoinedAsync(code, "Bo");
        var spam = await alva.Connection.InvokeAsync<IdeaView>("PostIdea", "Köp billiga klockor", Guid.NewGuid());

        await moderator.Connection.InvokeAsync("RemoveAuthor", spam.Id, true);

        await alva.Removed;
        await bo.WaitUntilAsync(r => r.OfType<IdeaHidden>().Any(e => e.IdeaId == spam.Id), "the spam hidden");
        Assert.DoesNotContain(bo.Received, e => e is ParticipantRemoved);
        var refused = await Assert.ThrowsAsync<HubException>(() => alva.Connection.InvokeAsync<IdeaView>("PostIdea", "Igen", Guid.NewGuid()));
        Assert.Contains("participant_removed: ", refused.Message);
        await using var again = await App.ConnectAsync();
        var rejoin = await Assert.ThrowsAsync<HubException>(() => again.RejoinAsync(alva.Token!, Guid.Empty, 0));
        Assert.Contains("participant_removed: ", rejoin.Message);

        // What the session says after the removal no longer reaches the removed connection.
        var later = await bo.Connection.InvokeAsync<IdeaView>("PostIdea", "Trygga skolvägar", Guid.NewGuid());
        await bo.WaitUntilAsync(r => r.OfType<IdeaPosted>().Any(e => e.Idea.Id == later.Id), "Bo's idea");
        await moderator.WaitUntilAsync(r => r.OfType<IdeaPosted>().Any(e => e.Idea.Id == later.Id), "Bo's idea");
        Assert.DoesNotContain(alva.Received, e => e is IdeaPosted posted && posted.Idea.Id == later.Id);
    }

    [Fact]
    public async Task A_removed_participant_stays_out_from_that_browser_under_any_name_and_others_still_join()
    {
        var (code, moderator) = await LaunchAsync(SessionSettings.Default);
        await using var _ = moderator;
        using var alvasPhone = App.NewBrowser();
        using var bosPhone = App.NewBrowser();
        (await alvasPhone.GetAsync($"/s/{code}")).EnsureSuccessStatusCode();
        (await bosPhone.GetAsync($"/s/{code}")).EnsureSuccessStatusCode();
        await using var alva = await App.ConnectAsync(alvasPhone.Cookie);
        await alva.JoinAsync(code, "Alva");
        var spam = await alva.Connection.InvokeAsync<IdeaView>("PostIdea", "Köp billiga klockor", Guid.NewGuid());

        await moderator.Connection.InvokeAsync("RemoveAuthor", spam.Id, true);
        await alva.Removed;

        await using var alvaAgain = await App.ConnectAsync(alvasPhone.Cookie);
        var refused = await Assert.ThrowsAsync<HubException>(() => alvaAgain.JoinAsync(code, "Inte alls Alva"));
        Assert.Contains("participant_removed: ", refused.Message);
        await using var bo = await App.ConnectAsync(bosPhone.Cookie);
        var snapshot = await bo.JoinAsync(code, "Bo");
        Assert.Empty(snapshot.Ideas);
        await bo.Connection.InvokeAsync<IdeaView>("PostIdea", "Trygga skolvägar", Guid.NewGuid());
    }

    [Fact]
    public async Task An_anonymous_session_sends_no_name_to_anyone()
    {
        var (code, moderator) = await LaunchAsync(SessionSettings.Default, anonymous: true);
        await using var _ = moderator;
        await using var alva = await App.JoinedAsync(code, "Alva Andersson");
        await using var bo = await App.JoinedAsync(code, "");

        var idea = await alva.Connection.InvokeAsync<IdeaView>("PostIdea", "Anonym idé", Guid.NewGuid());

        foreach (var client in new[] { moderator, bo })
        {
            await client.WaitUntilAsync(r => r.OfType<PresenceChanged>().Any(p => p.Presence.Count == 2), "both present");
            await client.WaitUntilAsync(r => r.OfType<IdeaPosted>().Any(e => e.Idea.Id == idea.Id), "the idea");
            Assert.Equal("", client.Received.OfType<IdeaPosted>().Single(e => e.Idea.Id == idea.Id).Idea.AuthorName);
            Assert.All(client.Received.OfType<PresenceChanged>(), p => Assert.Empty(p.Presence.Names));
        }
    }

    [Fact]
    public async Task A_moderator_whose_role_is_taken_away_stops_moderating_at_the_next_call()
    {
        var (browser, account) = await App.SignedInAsync("Mona", Hub.Grains.Accounts.HubRole.Moderator);
        var launched = await browser.PostJsonAsync("/api/sessions", new { challengeId = Demo.DemoData.Challenges[1].Id, title = "Återkallad" });
        var session = await launched.ReadAsync<Sessions.LaunchedSession>();
        await using var console = await App.ConnectAsync(browser.Cookie);
        await console.ModerateAsync(session.SessionId);
        await console.Connection.InvokeAsync("SetPhase", SessionPhase.Ideate, (int?)null);

        var grains = App.Services.GetRequiredService<IGrainFactory>();
        var admin = await App.Services.GetRequiredService<Identity.LocalSignIn>().LocalAdminAsync();
        await grains.GetGrain<Hub.Grains.Accounts.IAccountGrain>(account.Id).SetRoles(admin.Id, new HashSet<Hub.Grains.Accounts.HubRole>());

        var refused = await Assert.ThrowsAsync<HubException>(() => console.Connection.InvokeAsync("SetPhase", SessionPhase.Vote, (int?)null));
        Assert.Contains("unauthorized: ", refused.Message);
        Assert.Equal(SessionPhase.Ideate, (await grains.GetGrain<ISessionGrain>(session.SessionId).GetSnapshot(SessionActor.Moderator(admin.Id.ToString()))).Phase);
    }
}
