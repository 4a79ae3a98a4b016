using Hub.Grains.Sessions;

namespace Hub.Grains.Tests;

/// <summary>Comments, over a test ledger: when they are posted, and who takes them back.</summary>
public sealed class CommentRulesTests
{
    private readonly SessionLedgerForTests _ledger;
    private readonly SessionRules _rules;

    public CommentRulesTests() => (_ledger, _, _rules) = OpenedSessionRules.Open();

    [Fact]
    public void Comments_wait_for_ideas_and_only_their_author_deletes_them()
    {
        var alva = _rules.Participants.Join("Alva").ParticipantId;
        var bo = _rules.Participants.Join("Bo").ParticipantId;
        _rules.Steering.SetPhase(SessionPhase.Ideate, null);
        var idea = _rules.Ideas.PostIdea(alva, "Cykelbuss");
        _rules.Steering.SetPhase(SessionPhase.Results, null);
        _ledger.Clear();

        Assert.Equal(SessionErrorCodes.WrongPhase, Assert.Throws<RuleException>(() => _rules.Comments.PostComment(bo, idea.Id, "Sent")).Code);
        _rules.Steering.SetPhase(SessionPhase.Vote, null);
        var comment = _rules.Comments.PostComment(bo, idea.Id, "Bra idé");
        Assert.Equal(SessionErrorCodes.NotAuthor, Assert.Throws<RuleException>(() => _rules.Comments.DeleteComment(alva, comment.Id)).Code);
        _rules.Comments.DeleteComment(bo, comment.Id);

        Assert.Empty(_ledger.State.Comments);
        Assert.Equal(2, _ledger.Events.Count(e => e is CommentPosted or CommentDeleted));
    }
}
