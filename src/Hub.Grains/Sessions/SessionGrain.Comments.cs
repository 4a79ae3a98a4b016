namespace Hub.Grains.Sessions;

/// <summary>Comments on ideas: posted by participants while ideas are worked on, hidden by moderators.</summary>
public sealed partial class SessionGrain
{
    public async Task<CommentView> PostComment(Guid participantId, Guid ideaId, string text)
    {
        RequireWritable();
        RequireParticipant(participantId);
        RequireCommentingPhase();
        var idea = RequireVisibleIdea(ideaId);
        var cleanText = UserText.Require(text, SessionLimits.MaxCommentLength, "comment");
        if (State.Comments.Values.Count(c => c.IdeaId == idea.Id) >= SessionLimits.MaxCommentsPerIdea)
        {
            throw new RuleException(ErrorCodes.Full, "This idea has as many comments as it can hold.");
        }

        var posted = Record(new SessionChange.CommentPosted(Guid.NewGuid(), idea.Id, participantId, cleanText, _time.GetUtcNow()));
        var view = ToView(State.Comments[posted.CommentId], State);
        Emit(new CommentPosted(0, view));
        await CommitAsync();
        return view;
    }

    /// <summary>Authors take their own comments back; one a moderator hid stays for the moderators to judge.</summary>
    public async Task DeleteComment(Guid participantId, Guid commentId)
    {
        RequireWritable();
        RequireParticipant(participantId);
        var comment = RequireComment(commentId);
        if (comment.AuthorId != participantId)
        {
            throw new RuleException(SessionErrorCodes.NotAuthor, "Only the author may delete this comment.");
        }

        if (comment.Hidden)
        {
            throw new RuleException(ErrorCodes.Forbidden, "A moderator has hidden this comment.");
        }

        Record(new SessionChange.CommentDeleted(comment.Id));
        Emit(new CommentDeleted(0, comment.Id));
        await CommitAsync();
    }

    public async Task SetCommentHidden(SessionActor actor, Guid commentId, bool hidden)
    {
        RequireWritable();
        RequireModerator(actor);
        var comment = RequireComment(commentId);
        if (comment.Hidden == hidden)
        {
            return;
        }

        Record(new SessionChange.CommentHiddenSet(comment.Id, hidden));
        Emit(hidden ? new CommentHidden(0, comment.Id) : new CommentRestored(0, ToView(comment, State), OnHiddenIdea: !IsShown(State.Ideas[comment.IdeaId])));
        LogModeration(actor, hidden ? ModerationAction.CommentHidden : ModerationAction.CommentRestored, comment);
        await CommitAsync();
    }

    /// <summary>Talking an idea over makes sense from when ideas come in until the votes are counted.</summary>
    private void RequireCommentingPhase()
    {
        if (State.Phase is not (SessionPhase.Ideate or SessionPhase.Group or SessionPhase.Vote))
        {
            throw new RuleException(SessionErrorCodes.WrongPhase, $"You can comment only while ideas are posted, grouped or voted on; the session is in {State.Phase}.");
        }
    }

    private CommentRecord RequireComment(Guid commentId) =>
        State.Comments.TryGetValue(commentId, out var comment)
            ? comment
            : throw new RuleException(SessionErrorCodes.CommentNotFound, "There is no such comment.");

    /// <summary>The comments on an idea that someone who is not a moderator sees.</summary>
    private static CommentView[] ShownComments(IdeaRecord idea, SessionState state) =>
        state.CommentsOn(idea.Id).Where(c => !c.Hidden).Select(c => ToView(c, state)).ToArray();

    private static CommentView ToView(CommentRecord comment, SessionState state) =>
        new(comment.Id, comment.IdeaId, comment.Text, AuthorName(comment.AuthorId, state), comment.PostedAt, comment.Hidden);
}
