using Hub.Grains.Sessions;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Grains.Tests;

/// <summary>Opening a session and joining it, over a test ledger.</summary>
public sealed class ParticipantRulesTests
{
    private readonly SessionLedgerForTests _ledger;
    private readonly FakeTimeProvider _time;
    private readonly SessionRules _rules;

    public ParticipantRulesTests() => (_ledger, _time, _rules) = OpenedSessionRules.Open();

    [Fact]
    public void Opening_records_who_opened_it_and_when()
    {
        var opened = Assert.IsType<SessionChange.Opened>(Assert.Single(_ledger.Changes));

        Assert.Equal(("mona", _time.GetUtcNow(), SessionPhase.Lobby), (opened.Info.OpenedBy, opened.Info.OpenedAt, _ledger.State.Phase));
        Assert.Equal(ErrorCodes.AlreadyExists, Assert.Throws<RuleException>(() => _rules.Participants.Open(new OpenSession("Igen", Guid.NewGuid(), "", "ABC235", "", SessionSettings.Default), "mona")).Code);
    }

    [Fact]
    public void Nobody_joins_a_locked_session()
    {
        _rules.Steering.UpdateSettings("Mona", _ledger.State.Settings with { Locked = true });
        _ledger.Clear();

        Assert.Equal(SessionErrorCodes.SessionLocked, Assert.Throws<RuleException>(() => _rules.Participants.Join("Alva")).Code);
        Assert.Empty(_ledger.Changes);
        Assert.Empty(_ledger.State.Participants);
    }

    [Fact]
    public void A_browser_whose_participant_was_removed_joins_under_no_name_and_other_browsers_still_do()
    {
        var spammer = _rules.Participants.Join("Cy", browserMark: "browser-1").ParticipantId;
        _rules.Steering.SetPhase(SessionPhase.Ideate, null);
        var spam = _rules.Ideas.PostIdea(spammer, "Köp klockor");
        _rules.Moderation.RemoveAuthor("Mona", spam.Id, hideIdeas: true);
        _ledger.Clear();

        Assert.Equal(SessionErrorCodes.ParticipantRemoved, Assert.Throws<RuleException>(() => _rules.Participants.Join("Cyrus", browserMark: "browser-1")).Code);
        Assert.Empty(_ledger.Changes);
        Assert.NotEqual(spammer, _rules.Participants.Join("Bo", browserMark: "browser-2").ParticipantId);
        Assert.NotEqual(spammer, _rules.Participants.Join("Di").ParticipantId);
    }
}
