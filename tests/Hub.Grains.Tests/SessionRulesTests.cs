using Hub.Grains.Sessions;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Grains.Tests;

/// <summary>The session's rules alone: a command checked against the state, and what it records and emits.</summary>
public sealed class SessionRulesTests
{
    private readonly SessionLedgerForTests _ledger = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 4, 9, 0, 0, TimeSpan.Zero));
    private readonly SessionRules _rules;

    public SessionRulesTests()
    {
        _rules = new SessionRules(_ledger, new SessionOptions(), _time);
        _rules.Participants.Open(new OpenSession("Idéjam", Guid.NewGuid(), "Tryggare skolvägar", "ABC234", "Openlab", SessionSettings.Default with { VoteBudget = 2, MaxVotesPerIdea = 2 }), "mona");
    }

    [Fact]
    public void Opening_records_who_opened_it_and_when()
    {
        var opened = Assert.IsType<SessionChange.Opened>(Assert.Single(_ledger.Changes));

        Assert.Equal(("mona", _time.GetUtcNow(), SessionPhase.Lobby), (opened.Info.OpenedBy, opened.Info.OpenedAt, _ledger.State.Phase));
        Assert.Equal(ErrorCodes.AlreadyExists, Assert.Throws<RuleException>(() => _rules.Participants.Open(new OpenSession("Igen", Guid.NewGuid(), "", "ABC235", "", SessionSettings.Default), "mona")).Code);
    }

    [Fact]
    public void A_vote_beyond_the_budget_is_refused_and_records_nothing()
    {
        var alva = _rules.Participants.Join("Alva").ParticipantId;
        _rules.Steering.SetPhase(SessionPhase.Ideate, null);
        var idea = _rules.Ideas.PostIdea(alva, "Cykelbuss");
        _rules.Steering.SetPhase(SessionPhase.Vote, null);
        _ledger.Clear();

        Assert.Equal(new VoteReceipt(idea.Id, 1, 1), _rules.Voting.CastVote(alva, idea.Id));
        Assert.Equal(new VoteReceipt(idea.Id, 2, 0), _rules.Voting.CastVote(alva, idea.Id));
        var refused = Assert.Throws<RuleException>(() => _rules.Voting.CastVote(alva, idea.Id));

        Assert.Equal(SessionErrorCodes.VoteBudgetExhausted, refused.Code);
        Assert.Equal(2, _ledger.Changes.Count);
        Assert.Empty(_ledger.Events);
        Assert.Equal([idea.Id], _ledger.VotedOn);
        Assert.Equal(2, _ledger.State.Ideas[idea.Id].Votes);
    }

    [Fact]
    public void Ideas_are_posted_only_in_the_ideate_phase()
    {
        var alva = _rules.Participants.Join("Alva").ParticipantId;
        _ledger.Clear();

        Assert.Equal(SessionErrorCodes.WrongPhase, Assert.Throws<RuleException>(() => _rules.Ideas.PostIdea(alva, "För tidigt")).Code);
        Assert.Empty(_ledger.Changes);
    }

    [Fact]
    public void Enough_reports_hide_an_idea_and_the_log_names_no_moderator()
    {
        var alva = _rules.Participants.Join("Alva").ParticipantId;
        _rules.Steering.UpdateSettings("Mona", _ledger.State.Settings with { ReportThreshold = 2 });
        _rules.Steering.SetPhase(SessionPhase.Ideate, null);
        var idea = _rules.Ideas.PostIdea(alva, "Något elakt");
        var reporters = new[] { _rules.Participants.Join("Bo").ParticipantId, _rules.Participants.Join("Cy").ParticipantId };
        _ledger.Clear();

        _rules.Moderation.ReportIdea(reporters[0], idea.Id);
        _rules.Moderation.ReportIdea(reporters[0], idea.Id);
        Assert.False(_ledger.State.Ideas[idea.Id].Hidden);
        _rules.Moderation.ReportIdea(reporters[1], idea.Id);

        Assert.True(_ledger.State.Ideas[idea.Id].Hidden);
        var logged = Assert.Single(_ledger.Events.OfType<ModerationLogged>()).Entry;
        Assert.Equal(("", ModerationAction.IdeaHiddenAfterReports, 2), (logged.Moderator, logged.Action, logged.Count));
        Assert.Equal(SessionErrorCodes.IdeaNotFound, Assert.Throws<RuleException>(() => _rules.Moderation.ReportIdea(reporters[1], idea.Id)).Code);
    }

    [Fact]
    public void The_log_quotes_a_long_idea_shortened_and_names_the_moderator_given()
    {
        var alva = _rules.Participants.Join("Alva").ParticipantId;
        _rules.Steering.SetPhase(SessionPhase.Ideate, null);
        var idea = _rules.Ideas.PostIdea(alva, new string('x', 200));
        _ledger.Clear();

        _rules.Moderation.SetIdeaHidden("Max Modig", idea.Id, hidden: true);
        _rules.Moderation.SetIdeaHidden("Max Modig", idea.Id, hidden: true);

        var logged = Assert.Single(_ledger.Events.OfType<ModerationLogged>()).Entry;
        Assert.Equal(("Max Modig", 80, _time.GetUtcNow()), (logged.Moderator, logged.Excerpt.Length, logged.At));
        Assert.EndsWith("…", logged.Excerpt);
    }

    [Fact]
    public void Participants_group_only_in_the_group_phase_and_only_when_allowed()
    {
        var alva = SessionActor.Participant(_rules.Participants.Join("Alva").ParticipantId);
        var moderator = SessionActor.Moderator("mona");
        _rules.Steering.SetPhase(SessionPhase.Group, null);

        Assert.Equal(ErrorCodes.Forbidden, Assert.Throws<RuleException>(() => _rules.Grouping.CreateGroup(alva, "Rörelse")).Code);
        _rules.Steering.UpdateSettings("Mona", _ledger.State.Settings with { ParticipantsCanGroup = true });
        var group = _rules.Grouping.CreateGroup(alva, "Rörelse");
        _rules.Steering.SetPhase(SessionPhase.Vote, null);
        Assert.Equal(SessionErrorCodes.WrongPhase, Assert.Throws<RuleException>(() => _rules.Grouping.RenameGroup(alva, group.Id, "Sent")).Code);
        _rules.Grouping.RenameGroup(moderator, group.Id, "Aktiva skolvägar");

        Assert.Equal("Aktiva skolvägar", _ledger.State.Groups[group.Id].Name);
    }

    [Fact]
    public void Erasure_deletes_what_nobody_built_on_and_keeps_the_rest_without_an_author()
    {
        var alva = _rules.Participants.Join("Alva").ParticipantId;
        var bo = _rules.Participants.Join("Bo").ParticipantId;
        _rules.Steering.SetPhase(SessionPhase.Ideate, null);
        var alone = _rules.Ideas.PostIdea(alva, "Bara min");
        var shared = _rules.Ideas.PostIdea(alva, "Cykelbuss");
        _rules.Comments.PostComment(alva, shared.Id, "Min kommentar");
        _rules.Steering.SetPhase(SessionPhase.Vote, null);
        _rules.Voting.CastVote(bo, shared.Id);
        _ledger.Clear();

        _rules.Erasure.EraseParticipant(alva);

        var erased = Assert.IsType<SessionChange.ParticipantErased>(Assert.Single(_ledger.Changes));
        Assert.Equal([alone.Id], erased.DeletedIdeaIds);
        Assert.Equal([shared.Id], erased.AnonymisedIdeaIds);
        Assert.Equal(Guid.Empty, _ledger.State.Ideas[shared.Id].AuthorId);
        Assert.Empty(_ledger.State.Comments);
        Assert.True(_ledger.PresenceMarked);
        Assert.Equal(SessionErrorCodes.ParticipantNotFound, Assert.Throws<RuleException>(() => _rules.Ideas.PostIdea(alva, "Tillbaka")).Code);
    }
}
