using Hub.Grains.Sessions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Grains.Tests;

/// <summary>Publishing without a cluster: events wait for their commit, and get gapless numbers when they go out.</summary>
public sealed class SessionPublisherTests
{
    private readonly SessionLedgerForTests _ledger = new();
    private readonly SessionPublisher _publisher;
    private readonly SessionRules _rules;

    public SessionPublisherTests()
    {
        var time = new FakeTimeProvider();
        _publisher = new SessionPublisher(Guid.NewGuid(), time, NullLogger.Instance, () => false, () => new PresenceView(0, []));
        _rules = new SessionRules(_ledger, new SessionOptions(), time);
        _rules.Participants.Open(new OpenSession("Idéjam", Guid.NewGuid(), "", "ABC234", "", SessionSettings.Default), "mona");
    }

    private IReadOnlyList<SessionEvent> Published(long afterSeq = 0)
    {
        Assert.True(_publisher.TryGetAfter(_publisher.Epoch, afterSeq, out var events));
        return events;
    }

    [Fact]
    public void Events_go_out_only_with_their_commit_numbered_without_gaps()
    {
        _publisher.Emit(new PhaseChanged(0, SessionPhase.Ideate, null));
        _publisher.Emit(new TimerChanged(0, null));
        var first = _publisher.BeginCommit();
        _publisher.Emit(new PhaseChanged(0, SessionPhase.Vote, null));

        Assert.Empty(Published());
        first(_ledger.Saved);
        Assert.Equal([1L, 2L], Published().Select(e => e.Seq));

        _publisher.BeginCommit()(_ledger.Saved);
        Assert.Equal([3L], Published(afterSeq: 2).Select(e => e.Seq));
        Assert.Equal(SessionPhase.Vote, Assert.IsType<PhaseChanged>(Assert.Single(Published(afterSeq: 2))).Phase);
        Assert.Equal(3, _publisher.Seq);
        Assert.False(_publisher.TryGetAfter(Guid.NewGuid(), 0, out _));
    }

    [Fact]
    public async Task Vote_totals_go_out_as_saved_in_one_coalesced_event()
    {
        var alva = _rules.Participants.Join("Alva").ParticipantId;
        var bo = _rules.Participants.Join("Bo").ParticipantId;
        _rules.Steering.SetPhase(SessionPhase.Ideate, null);
        var idea = _rules.Ideas.PostIdea(alva, "Cykelbuss");
        _rules.Steering.SetPhase(SessionPhase.Vote, null);
        _rules.Voting.CastVote(alva, idea.Id);
        _rules.Voting.CastVote(bo, idea.Id);
        _publisher.VotesChanged(idea.Id);
        _publisher.VotesChanged(idea.Id);

        _publisher.BeginCommit()(_ledger.Saved);
        Assert.Empty(Published());
        await _publisher.PublishCoalescedAsync(CancellationToken.None);

        var totals = Assert.IsType<VotesChanged>(Assert.Single(Published()));
        Assert.Equal(2, totals.Totals[idea.Id]);
        await _publisher.PublishCoalescedAsync(CancellationToken.None);
        Assert.Single(Published());
    }
}
