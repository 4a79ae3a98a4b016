namespace Hub.Grains.Sessions;

/// <summary>
/// Hiding, holding ideas for approval, reports, removing participants, erasure and the moderation
/// log. <c>moderator</c> is the name the log shows: the grain reads it from the account it checked.
/// </summary>
public sealed partial class SessionRules
{
    private const int ExcerptLength = 80;

    public void SetIdeaHidden(string moderator, Guid ideaId, bool hidden)
    {
        RequireWritable();
        var idea = RequireIdea(ideaId);
        if (idea.Hidden == hidden)
        {
            return;
        }

        Record(new SessionChange.IdeaHiddenSet(idea.Id, hidden));
        ledger.Emit(hidden ? new IdeaHidden(0, idea.Id) : new IdeaRestored(0, SessionViews.ToView(idea, State), SessionViews.ShownComments(idea, State)));
        LogModeration(moderator, hidden ? ModerationAction.IdeaHidden : ModerationAction.IdeaRestored, idea, count: 0);
    }

    public void SetCommentHidden(string moderator, Guid commentId, bool hidden)
    {
        RequireWritable();
        var comment = RequireComment(commentId);
        if (comment.Hidden == hidden)
        {
            return;
        }

        Record(new SessionChange.CommentHiddenSet(comment.Id, hidden));
        ledger.Emit(hidden
            ? new CommentHidden(0, comment.Id)
            : new CommentRestored(0, SessionViews.ToView(comment, State), OnHiddenIdea: !State.Ideas[comment.IdeaId].IsShown));
        LogModeration(new ModerationEntry(time.GetUtcNow(), moderator, hidden ? ModerationAction.CommentHidden : ModerationAction.CommentRestored, comment.IdeaId, Excerpt(comment.Text), CommentId: comment.Id));
    }

    public void ApproveIdea(string moderator, Guid ideaId)
    {
        RequireWritable();
        var idea = RequireIdea(ideaId);
        if (!idea.Pending)
        {
            return;
        }

        Record(new SessionChange.IdeaApproved(idea.Id));
        ledger.Emit(new IdeaApproved(0, SessionViews.ToView(idea, State)));
        LogModeration(moderator, ModerationAction.IdeaApproved, idea, count: 0);
    }

    /// <summary>
    /// One report per participant and idea counts; when as many have reported as the session's
    /// threshold, the idea is hidden until a moderator looks at it. An idea a moderator restored
    /// stays, however many report it after.
    /// </summary>
    public void ReportIdea(Guid participantId, Guid ideaId)
    {
        RequireWritable();
        RequireParticipant(participantId);
        var idea = RequireVisibleIdea(ideaId);
        if (idea.AuthorId == participantId)
        {
            throw new RuleException(ErrorCodes.Forbidden, "You cannot report your own idea; delete it instead.");
        }

        if (idea.ReportedBy.Contains(participantId))
        {
            return;
        }

        Record(new SessionChange.IdeaReported(idea.Id, participantId));
        ledger.Emit(new IdeaReported(0, idea.Id, idea.ReportedBy.Count));
        if (!idea.Reviewed && idea.ReportedBy.Count >= State.Settings.ReportThreshold)
        {
            Record(new SessionChange.IdeaHiddenSet(idea.Id, Hidden: true));
            ledger.Emit(new IdeaHidden(0, idea.Id));
            LogModeration(moderator: "", ModerationAction.IdeaHiddenAfterReports, idea, idea.ReportedBy.Count);
        }
    }

    /// <summary>
    /// Removes whoever wrote an idea, so that moderators can act in an anonymous session without
    /// learning who it was. The participant's connections are dropped and they cannot come back
    /// with their token; <paramref name="hideIdeas"/> hides everything they posted as well, their
    /// comments too.
    /// </summary>
    public void RemoveAuthor(string moderator, Guid ideaId, bool hideIdeas)
    {
        RequireWritable();
        var idea = RequireIdea(ideaId);
        if (!State.Participants.TryGetValue(idea.AuthorId, out var author) || author.IsGone)
        {
            throw new RuleException(SessionErrorCodes.ParticipantNotFound, "The author of this idea is no longer in the session.");
        }

        Record(new SessionChange.ParticipantRemoved(author.Id));
        ledger.Emit(new ParticipantRemoved(0, author.Id));
        var hidden = 0;
        if (hideIdeas)
        {
            foreach (var own in State.Ideas.Values.Where(i => i.AuthorId == author.Id && !i.Hidden).ToArray())
            {
                Record(new SessionChange.IdeaHiddenSet(own.Id, Hidden: true));
                ledger.Emit(new IdeaHidden(0, own.Id));
                hidden++;
            }

            foreach (var comment in State.Comments.Values.Where(c => c.AuthorId == author.Id && !c.Hidden).ToArray())
            {
                Record(new SessionChange.CommentHiddenSet(comment.Id, Hidden: true));
                ledger.Emit(new CommentHidden(0, comment.Id));
            }
        }

        LogModeration(moderator, ModerationAction.ParticipantRemoved, idea, hidden);
        ledger.PresenceChanged();
    }

    public ParticipantExport ExportParticipant(Guid participantId)
    {
        RequireOpen();

        // Someone a moderator removed keeps the right to their data.
        return SessionViews.Export(State, RequireParticipant(participantId, evenIfRemoved: true));
    }

    /// <summary>
    /// Erases a participant's part in the session: ideas nobody else built on are deleted; those
    /// others voted for or grouped stay, with no author; comments, votes and the name go. Works in any phase,
    /// a closed session too, since the right to erasure does not wait for a moderator.
    /// </summary>
    public void EraseParticipant(Guid participantId)
    {
        RequireOpen();
        var participant = RequireParticipant(participantId, evenIfRemoved: true);
        var own = State.Ideas.Values.Where(i => i.AuthorId == participantId).ToArray();
        var builtOn = own.Where(i => i.GroupId is not null || i.Votes > participant.Votes.GetValueOrDefault(i.Id)).Select(i => i.Id).ToArray();
        var deleted = own.Select(i => i.Id).Except(builtOn).ToArray();
        var votedOn = participant.Votes.Keys.Except(deleted).ToArray();

        // Comments on deleted ideas go with them; clients drop those when the idea goes.
        var deletedComments = State.Comments.Values.Where(c => c.AuthorId == participantId && !deleted.Contains(c.IdeaId)).Select(c => c.Id).ToArray();
        Record(new SessionChange.ParticipantErased(participantId, deleted, builtOn));
        foreach (var commentId in deletedComments)
        {
            ledger.Emit(new CommentDeleted(0, commentId));
        }

        foreach (var ideaId in deleted)
        {
            ledger.Emit(new IdeaDeleted(0, ideaId));
        }

        if (builtOn.Length > 0)
        {
            ledger.Emit(new IdeasAnonymised(0, builtOn));
        }

        foreach (var ideaId in votedOn)
        {
            ledger.VotesChanged(ideaId);
        }

        ledger.PresenceChanged();
    }

    /// <summary>The session to delete, if it opened before <paramref name="openedBefore"/>.</summary>
    public SessionInfo? PurgeDue(DateTimeOffset openedBefore) =>
        State.Info is { } info && info.OpenedAt < openedBefore ? info : null;

    private CommentRecord RequireComment(Guid commentId) =>
        State.Comments.TryGetValue(commentId, out var comment)
            ? comment
            : throw new RuleException(SessionErrorCodes.CommentNotFound, "There is no such comment.");

    private void LogModeration(string moderator, ModerationAction action, IdeaRecord? idea, int count) =>
        LogModeration(new ModerationEntry(time.GetUtcNow(), moderator, action, idea?.Id, idea is null ? "" : Excerpt(idea.Text), count));

    private void LogModeration(ModerationEntry entry)
    {
        Record(new SessionChange.Moderated(entry));
        ledger.Emit(new ModerationLogged(0, entry));
    }

    private static string Excerpt(string text) =>
        text.Length <= ExcerptLength ? text : string.Concat(text.AsSpan(0, ExcerptLength - 1), "…");
}
