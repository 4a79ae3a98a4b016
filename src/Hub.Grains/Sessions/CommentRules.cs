namespace Hub.Grains.Sessions;

/// <summary>Comments on ideas, and their authors taking them back.</summary>
internal sealed class CommentRules(SessionChecks checks, Repeats repeats, ISessionLedger ledger, TimeProvider time)
{
    private SessionState State => checks.State;

    public CommentView PostComment(Guid participantId, Guid ideaId, string text, Guid operationId = default)
    {
        checks.RequireWritable();
        var participant = checks.RequireParticipant(participantId);
        if (Repeats.Find(participant, operationId, SessionOperationKind.PostComment, ideaId) is { } done)
        {
            return SessionViews.ToView(checks.RequireComment(done.ResultId), State);
        }

        RequireCommentingPhase();
        var idea = checks.RequireVisibleIdea(ideaId);
        var cleanText = UserText.Require(text, SessionLimits.MaxCommentLength, "comment");
        if (State.Comments.Values.Count(c => c.IdeaId == idea.Id) >= SessionLimits.MaxCommentsPerIdea)
        {
            throw new RuleException(ErrorCodes.Full, "This idea has as many comments as it can hold.");
        }

        var posted = checks.Record(new SessionChange.CommentPosted(Guid.NewGuid(), idea.Id, participantId, cleanText, time.GetUtcNow()));
        repeats.Remember(participant, operationId, SessionOperationKind.PostComment, ideaId, posted.CommentId);
        var view = SessionViews.ToView(State.Comments[posted.CommentId], State);
        ledger.Emit(new CommentPosted(0, view));
        return view;
    }

    /// <summary>Authors take their own comments back; one a moderator hid stays for the moderators to judge.</summary>
    public void DeleteComment(Guid participantId, Guid commentId)
    {
        checks.RequireWritable();
        checks.RequireParticipant(participantId);
        var comment = checks.RequireComment(commentId);
        if (comment.AuthorId != participantId)
        {
            throw new RuleException(SessionErrorCodes.NotAuthor, "Only the author may delete this comment.");
        }

        if (comment.Hidden)
        {
            throw new RuleException(ErrorCodes.Forbidden, "A moderator has hidden this comment.");
        }

        checks.Record(new SessionChange.CommentDeleted(comment.Id));
        ledger.Emit(new CommentDeleted(0, comment.Id));
    }

    /// <summary>Talking an idea over makes sense from when ideas come in until the votes are counted.</summary>
    private void RequireCommentingPhase()
    {
        if (State.Phase is not (SessionPhase.Ideate or SessionPhase.Group or SessionPhase.Vote))
        {
            throw new RuleException(SessionErrorCodes.WrongPhase, $"You can comment only while ideas are posted, grouped or voted on; the session is in {State.Phase}.");
        }
    }
}
