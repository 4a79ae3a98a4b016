using Hub.Grains.Sessions;

namespace Hub.Grains.Tests;

/// <summary>Groups of ideas, over a test ledger: who groups, and when.</summary>
public sealed class GroupingRulesTests
{
    private readonly SessionLedgerForTests _ledger;
    private readonly SessionRules _rules;

    public GroupingRulesTests() => (_ledger, _, _rules) = OpenedSessionRules.Open();

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
}
