using Hub.Grains.Sessions;

namespace Hub.Grains.Tests;

/// <summary>A participant's erasure, over a test ledger.</summary>
public sealed class ErasureRulesTests
{
    private readonly SessionLedgerForTests _ledger;
    private readonly SessionRules _rules;

    public ErasureRulesTests() => (_ledger, _, _rules) = OpenedSessionRules.Open();

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
