using Hub.Grains.Sessions;

namespace Hub.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class SequenceTests(ClusterFixture fixture)
{
    private async Task<(SessionScenario Scenario, RecordingObserver Observer, ISessionObserver Reference)> WatchedSessionAsync()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains);
        var observer = new RecordingObserver();
        var reference = fixture.Cluster.Client.CreateObjectReference<ISessionObserver>(observer);
        await scenario.Session.Subscribe(reference, new Dictionary<Guid, int>());
        return (scenario, observer, reference);
    }

    [Fact]
    public async Task Every_event_carries_the_next_sequence_number()
    {
        var (scenario, observer, _) = await WatchedSessionAsync();
        var alva = await scenario.JoinAsync();

        await scenario.PhaseAsync(SessionPhase.Ideate);
        var posted = await Task.WhenAll(Enumerable.Range(1, 30).Select(i => scenario.Session.PostIdea(alva, $"Idé {i}")));
        await observer.WaitUntilAsync(events => events.OfType<IdeaPosted>().Count() == 30, "30 ideas");

        // One-way observer calls may overtake each other; the numbers let the receiver restore the order.
        var events = observer.Events.OrderBy(e => e.Seq).ToArray();
        Assert.Equal(Enumerable.Range(1, events.Length).Select(i => (long)i), events.Select(e => e.Seq));
        Assert.Equal(posted.Select(p => p.Id).Order(), events.OfType<IdeaPosted>().Select(e => e.Idea.Id).Order());
    }

    [Fact]
    public async Task Concurrent_votes_are_coalesced_into_few_count_updates()
    {
        var (scenario, observer, _) = await WatchedSessionAsync();
        var voters = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => scenario.JoinAsync($"Röstare {i}")));
        var idea = await scenario.PostAsync(voters[0], "Cykelbuss");
        await scenario.PhaseAsync(SessionPhase.Vote);

        await Task.WhenAll(voters.Select(v => scenario.Session.CastVote(v, idea.Id)));
        await observer.WaitUntilAsync(
            events => events.OfType<VotesChanged>().Any(v => v.Totals.TryGetValue(idea.Id, out var total) && total == 50),
            "the total of 50 votes");

        // Fifty votes, far fewer count updates: totals go out per tick, not per vote.
        Assert.InRange(observer.Events.OfType<VotesChanged>().Count(), 1, 25);
    }

    [Fact]
    public async Task Catching_up_returns_exactly_the_missed_events()
    {
        var (scenario, observer, _) = await WatchedSessionAsync();
        var alva = await scenario.JoinAsync();
        await scenario.PostAsync(alva, "Första");
        await observer.WaitUntilAsync(events => events.OfType<IdeaPosted>().Any(), "the first idea");
        var seenUpTo = observer.Events[^1].Seq;

        await scenario.Session.PostIdea(alva, "Andra");
        await scenario.Session.PostIdea(alva, "Tredje");
        var catchUp = await scenario.Session.CatchUp(SessionActor.Participant(alva), observer.Epoch!.Value, seenUpTo);

        Assert.Null(catchUp.Snapshot);
        var missed = catchUp.Events!.Events;
        Assert.Equal([seenUpTo + 1, seenUpTo + 2], missed.Select(e => e.Seq));
        Assert.Equal(["Andra", "Tredje"], missed.OfType<IdeaPosted>().Select(e => e.Idea.Text));
    }

    [Fact]
    public async Task A_client_from_another_epoch_or_from_the_future_gets_a_snapshot()
    {
        var (scenario, _, _) = await WatchedSessionAsync();
        var alva = await scenario.JoinAsync();
        await scenario.PostAsync(alva, "Första");

        var otherEpoch = await scenario.Session.CatchUp(SessionActor.Participant(alva), Guid.NewGuid(), 1);
        var snapshot = await scenario.Session.GetSnapshot(SessionActor.Participant(alva));
        var future = await scenario.Session.CatchUp(SessionActor.Participant(alva), snapshot.Epoch, snapshot.Seq + 100);

        Assert.Null(otherEpoch.Events);
        Assert.Equal("Första", Assert.Single(otherEpoch.Snapshot!.Ideas).Text);
        Assert.NotNull(future.Snapshot);
    }

    [Fact]
    public async Task Presence_follows_connections_and_a_participant_with_two_tabs_counts_once()
    {
        var (scenario, observer, node) = await WatchedSessionAsync();
        var alva = await scenario.JoinAsync("Alva");
        var bo = await scenario.JoinAsync("Bo");

        await scenario.Session.SetConnected(node, alva, connected: true);
        await scenario.Session.SetConnected(node, bo, connected: true);
        await scenario.Session.SetConnected(node, bo, connected: true);
        await observer.WaitUntilAsync(events => events.OfType<PresenceChanged>().LastOrDefault()?.Presence.Count == 2, "two present");
        await scenario.Session.SetConnected(node, bo, connected: false);
        await scenario.Session.SetConnected(node, bo, connected: false);
        await observer.WaitUntilAsync(events => events.OfType<PresenceChanged>().LastOrDefault()?.Presence.Count == 1, "one present");

        Assert.Equal(["Alva"], observer.Events.OfType<PresenceChanged>().Last().Presence.Names);
    }

    [Fact]
    public async Task A_renewing_node_brings_its_participants_back_after_a_new_activation()
    {
        var (scenario, observer, node) = await WatchedSessionAsync();
        var alva = await scenario.JoinAsync("Alva");
        var epoch = (await scenario.Session.GetSnapshot(scenario.Moderator)).Epoch;

        var renewedEpoch = await scenario.Session.Subscribe(node, new Dictionary<Guid, int> { [alva] = 1, [Guid.NewGuid()] = 1 });

        Assert.Equal(epoch, renewedEpoch);
        await observer.WaitUntilAsync(events => events.OfType<PresenceChanged>().LastOrDefault()?.Presence.Names is ["Alva"], "Alva present");
    }
}
