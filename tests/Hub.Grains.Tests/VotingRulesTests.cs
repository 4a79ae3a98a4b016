using Hub.Grains.Sessions;

namespace Hub.Grains.Tests;

/// <summary>Votes, over a test ledger: the budget, the cap per idea, the phase.</summary>
public sealed class VotingRulesTests
{
    private readonly SessionLedgerForTests _ledger;
    private readonly SessionRules _rules;

    public VotingRulesTests() => (_ledger, _, _rules) = OpenedSessionRules.Open();

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
}
