using Hub.Grains.Sessions;

namespace Hub.Grains.Tests;

/// <summary>The checks every area of the rules starts from, over a test ledger.</summary>
public sealed class SessionChecksTests
{
    [Fact]
    public void A_session_not_yet_opened_is_not_found_and_a_closed_one_is_read_but_not_written()
    {
        var ledger = new SessionLedgerForTests();
        var rules = new SessionRules(ledger, new SessionOptions(), TimeProvider.System);
        Assert.Equal(SessionErrorCodes.SessionNotFound, Assert.Throws<RuleException>(rules.Checks.RequireOpen).Code);
        rules.Participants.Open(new OpenSession("Idéjam", Guid.NewGuid(), "", "ABC234", "", SessionSettings.Default), "mona");
        var alva = rules.Participants.Join("Alva").ParticipantId;
        rules.Steering.SetPhase(SessionPhase.Closed, null);

        rules.Checks.RequireOpen();
        Assert.Equal(SessionErrorCodes.SessionClosed, Assert.Throws<RuleException>(rules.Checks.RequireWritable).Code);
        Assert.Equal(alva, rules.Checks.RequireParticipant(alva).Id);
        Assert.Equal(SessionErrorCodes.ParticipantNotFound, Assert.Throws<RuleException>(() => rules.Checks.RequireParticipant(Guid.NewGuid())).Code);
        Assert.Equal(SessionErrorCodes.IdeaNotFound, Assert.Throws<RuleException>(() => rules.Checks.RequireIdea(Guid.NewGuid())).Code);
        Assert.Equal(SessionErrorCodes.GroupNotFound, Assert.Throws<RuleException>(() => rules.Checks.RequireGroup(Guid.NewGuid())).Code);
    }
}
