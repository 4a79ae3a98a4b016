using Hub.Grains.Sessions;
using Microsoft.AspNetCore.SignalR.Client;

namespace Hub.Web.Tests;

[Collection(HubAppCollection.Name)]
public sealed class LiveSessionTests(HubAppFixture fixture)
{
    private HubApp App => fixture.App;

    /// <summary>A fresh session launched by the signed-in moderator, with their live connection.</summary>
    private async Task<(string Code, SessionClient Moderator)> LaunchAsync()
    {
        var (http, cookie) = await App.SignInModeratorAsync();
        var challengeId = Demo.DemoData.Challenges[1].Id;
        var response = await http.PostAsJsonAsync("/api/sessions", new { challengeId, title = "Skolvägar" });
        response.EnsureSuccessStatusCode();
        var launched = (await response.Content.ReadFromJsonAsync<Sessions.LaunchedSession>())!;
        var moderator = await App.ConnectAsync(cookie);
        await moderator.ModerateAsync(launched.SessionId);
        return (launched.JoinCode, moderator);
    }

    private static void AssertInOrderOnce(IReadOnlyList<SessionEvent> received)
    {
        var seqs = received.Select(e => e.Seq).ToArray();
        Assert.Equal(Enumerable.Range((int)seqs[0], seqs.Length).Select(i => (long)i), seqs);
    }

    [Fact]
    public async Task Every_participant_receives_every_idea_once_and_in_order()
    {
        var (code, moderator) = await LaunchAsync();
        await using var _ = moderator;
        var participants = new List<SessionClient>();
        for (var i = 0; i < 5; i++)
        {
            participants.Add(await App.JoinedAsync(code, $"Deltagare {i}"));
        }

        await moderator.Connection.InvokeAsync("SetPhase", SessionPhase.Ideate, (int?)null);
        await Task.WhenAll(participants.Take(2).SelectMany((p, who) =>
            Enumerable.Range(0, 20).Select(i => p.Connection.InvokeAsync<IdeaView>("PostIdea", $"Idé {who}-{i}", Guid.NewGuid()))));

        foreach (var participant in participants.Append(moderator))
        {
            await participant.WaitUntilAsync(events => events.OfType<IdeaPosted>().Count() >= 40, "40 ideas");
            var ideas = participant.Received.OfType<IdeaPosted>().Select(p => p.Idea.Text).ToArray();
            Assert.Equal(40, ideas.Length);
            Assert.Equal(40, ideas.Distinct().Count());
            AssertInOrderOnce(participant.Received);
        }

        foreach (var participant in participants)
        {
            await participant.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_participant_who_reconnects_receives_exactly_what_they_missed()
    {
        var (code, moderator) = await LaunchAsync();
        await using var _ = moderator;
        await using var alva = await App.JoinedAsync(code, "Alva");
        await using var bo = await App.JoinedAsync(code, "Bo");
        await moderator.Connection.InvokeAsync("SetPhase", SessionPhase.Ideate, (int?)null);
        await bo.Connection.InvokeAsync<IdeaView>("PostIdea", "Före avbrottet", Guid.NewGuid());
        await alva.WaitUntilAsync(events => events.OfType<IdeaPosted>().Any(), "the first idea");
        var (token, epoch, lastSeq) = (alva.Token!, alva.Epoch, alva.LastSeq);

        await alva.Connection.StopAsync();
        await bo.Connection.InvokeAsync<IdeaView>("PostIdea", "Under avbrottet 1", Guid.NewGuid());
        await bo.Connection.InvokeAsync<IdeaView>("PostIdea", "Under avbrottet 2", Guid.NewGuid());
        await using var alvaAgain = await App.ConnectAsync();
        var catchUp = await alvaAgain.RejoinAsync(token, epoch, lastSeq);

        Assert.Null(catchUp.Snapshot);
        var missed = catchUp.Events!.Events;
        Assert.Equal(["Under avbrottet 1", "Under avbrottet 2"], missed.OfType<IdeaPosted>().Select(e => e.Idea.Text));
        Assert.Equal(Enumerable.Range(1, missed.Count).Select(i => lastSeq + i), missed.Select(e => e.Seq));

        await bo.Connection.InvokeAsync<IdeaView>("PostIdea", "Efter återkomsten", Guid.NewGuid());
        await alvaAgain.WaitUntilAsync(events => events.OfType<IdeaPosted>().Any(e => e.Idea.Text == "Efter återkomsten"), "the idea after rejoining");
        Assert.Equal(missed[^1].Seq + 1, alvaAgain.Received.First(e => e.Seq > missed[^1].Seq).Seq);
    }

    [Fact]
    public async Task The_moderator_moves_the_phase_and_every_participant_follows()
    {
        var (code, moderator) = await LaunchAsync();
        await using var _ = moderator;
        await using var alva = await App.JoinedAsync(code, "Alva");

        await moderator.Connection.InvokeAsync("SetPhase", SessionPhase.Vote, (int?)120);

        await alva.WaitUntilAsync(events => events.OfType<PhaseChanged>().Any(p => p.Phase == SessionPhase.Vote), "the vote phase");
        Assert.NotNull(alva.Received.OfType<PhaseChanged>().Single().TimerEndsAt);
    }

    [Fact]
    public async Task Votes_reach_every_participant_as_totals()
    {
        var (code, moderator) = await LaunchAsync();
        await using var _ = moderator;
        await using var alva = await App.JoinedAsync(code, "Alva");
        await using var bo = await App.JoinedAsync(code, "Bo");
        await moderator.Connection.InvokeAsync("SetPhase", SessionPhase.Ideate, (int?)null);
        var idea = await alva.Connection.InvokeAsync<IdeaView>("PostIdea", "Cykelbuss", Guid.NewGuid());
        await moderator.Connection.InvokeAsync("SetPhase", SessionPhase.Vote, (int?)null);

        var receipt = await bo.Connection.InvokeAsync<VoteReceipt>("CastVote", idea.Id, Guid.NewGuid());
        await alva.Connection.InvokeAsync<VoteReceipt>("CastVote", idea.Id, Guid.NewGuid());

        Assert.Equal(SessionSettings.Default.VoteBudget - 1, receipt.VotesLeft);
        await alva.WaitUntilAsync(
            events => events.OfType<VotesChanged>().Any(v => v.Totals.GetValueOrDefault(idea.Id) == 2), "a total of two votes");
    }

    [Fact]
    public async Task Presence_shows_who_is_here()
    {
        var (code, moderator) = await LaunchAsync();
        await using var _ = moderator;
        await using var alva = await App.JoinedAsync(code, "Alva");
        var bo = await App.JoinedAsync(code, "Bo");

        await moderator.WaitUntilAsync(events => events.OfType<PresenceChanged>().LastOrDefault()?.Presence.Count == 2, "two present");
        await bo.DisposeAsync();

        await moderator.WaitUntilAsync(events => events.OfType<PresenceChanged>().LastOrDefault()?.Presence.Names is ["Alva"], "only Alva present");
    }

    [Fact]
    public async Task A_post_and_a_vote_sent_again_after_a_dropped_connection_count_once()
    {
        var (code, moderator) = await LaunchAsync();
        await using var _ = moderator;
        await using var bo = await App.JoinedAsync(code, "Bo");
        await moderator.Connection.InvokeAsync("SetPhase", SessionPhase.Ideate, (int?)null);
        var posting = Guid.NewGuid();
        var voting = Guid.NewGuid();

        var posted = await bo.Connection.InvokeAsync<IdeaView>("PostIdea", "Cykelbuss", posting);
        await moderator.Connection.InvokeAsync("SetPhase", SessionPhase.Vote, (int?)null);
        var receipt = await bo.Connection.InvokeAsync<VoteReceipt>("CastVote", posted.Id, voting);
        await bo.Connection.StopAsync();
        await using var boAgain = await App.ConnectAsync();
        await boAgain.RejoinAsync(bo.Token!, bo.Epoch, bo.LastSeq);
        var postedAgain = await boAgain.Connection.InvokeAsync<IdeaView>("PostIdea", "Cykelbuss", posting);
        var receiptAgain = await boAgain.Connection.InvokeAsync<VoteReceipt>("CastVote", posted.Id, voting);

        Assert.Equal(posted.Id, postedAgain.Id);
        Assert.Equal(receipt, receiptAgain);
        await using var cy = await App.ConnectAsync();
        var snapshot = await cy.JoinAsync(code, "Cy");
        var idea = Assert.Single(snapshot.Ideas);
        Assert.Equal(1, idea.Votes);
    }
}
