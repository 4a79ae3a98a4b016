using Hub.Grains.Sessions;

namespace Hub.Grains.Tests;

/// <summary>Posting and changing ideas, over a test ledger.</summary>
public sealed class IdeaRulesTests
{
    private readonly SessionLedgerForTests _ledger;
    private readonly SessionRules _rules;

    public IdeaRulesTests() => (_ledger, _, _rules) = OpenedSessionRules.Open();

    [Fact]
    public void Ideas_are_posted_only_in_the_ideate_phase()
    {
        var alva = _rules.Participants.Join("Alva").ParticipantId;
        _ledger.Clear();

        Assert.Equal(SessionErrorCodes.WrongPhase, Assert.Throws<RuleException>(() => _rules.Ideas.PostIdea(alva, "För tidigt")).Code);
        Assert.Empty(_ledger.Changes);
    }
}
