namespace Hub.Grains.Sessions;

/// <summary>
/// Hiding, holding ideas for approval, reports and removing participants. <c>moderator</c> is the
/// name the log shows: the grain reads it from the account it checked.
/// </summary>
internal sealed class ModerationRules(SessionChecks checks, Repeats repeats, ISessionLedger ledger, ModerationLog log)
{
    private SessionState State => checks.State;

    public void SetIdeaHidden(string moderator, Guid ideaId, bool hidden)
    {
        checks.RequireWritable();
        var idea = checks.RequireIdea(ideaId);
        if (idea.Hidden == hidden)
        {
            return;
        }

        checks.Record(new SessionChange.IdeaHiddenSet(idea.Id, hidden));
        ledger.Emit(hidden ? new IdeaHidden(0, idea.Id) : new IdeaRestored(0, SessionViews.ToView(idea, State), SessionViews.ShownComments(idea, State)));
        log.Log(moderator, hidden ? ModerationAction.IdeaHidden : ModerationAction.IdeaRestored, idea, count: 0);
    }

    public void SetCommentHidden(string moderator, Guid commentId, bool hidden)
    {
        checks.RequireWritable();
        var comment = checks.RequireComment(commentId);
        if (comment.Hidden == hidden)
        {
            return;
        }

        checks.Record(new SessionChange.CommentHiddenSet(comment.Id, hidden));
        ledger.Emit(hidden
            ? new CommentHidden(0, comment.Id)
            : new CommentRestored(0, SessionViews.ToView(comment, State), OnHiddenIdea: !State.Ideas[comment.IdeaId].IsShown));
        log.Log(moderator, hidden ? ModerationAction.CommentHidden : ModerationAction.CommentRestored, comment);
    }

    public void ApproveIdea(string moderator, Guid ideaId)
    {
        checks.RequireWritable();
        var idea = checks.RequireIdea(ideaId);
        if (!idea.Pending)
        {
            return;
        }

        checks.Record(new SessionChange.IdeaApproved(idea.Id));
        ledger.Emit(new IdeaApproved(0, SessionViews.ToView(idea, State)));
        log.Log(moderator, ModerationAction.IdeaApproved, idea, count: 0);
    }

    /// <summary>
    /// One report per participant and idea counts; when as many have reported as the session's
    /// threshold, the idea is hidden until a moderator looks at it. An idea a moderator restored
    /// stays, however many report it after.
    /// </summary>
    public void ReportIdea(Guid participantId, Guid ideaId, Guid operationId = default)
    {
        checks.RequireWritable();
        var participant = checks.RequireParticipant(participantId);
        if (Repeats.Find(participant, operationId, SessionOperationKind.ReportIdea, ideaId) is not null)
        {
            return;
        }

        var idea = checks.RequireVisibleIdea(ideaId);
        if (idea.AuthorId == participantId)
        {
            throw new RuleException(ErrorCodes.Forbidden, "You cannot report your own idea; delete it instead.");
        }

        if (idea.ReportedBy.Contains(participantId))
        {
            return;
        }

        checks.Record(new SessionChange.IdeaReported(idea.Id, participantId));
        repeats.Remember(participant, operationId, SessionOperationKind.ReportIdea, idea.Id);
        ledger.Emit(new IdeaReported(0, idea.Id, idea.ReportedBy.Count));
        if (!idea.Reviewed && idea.ReportedBy.Count >= State.Settings.ReportThreshold)
        {
            checks.Record(new SessionChange.IdeaHiddenSet(idea.Id, Hidden: true));
            ledger.Emit(new IdeaHidden(0, idea.Id));
            log.Log(moderator: "", ModerationAction.IdeaHiddenAfterReports, idea, idea.ReportedBy.Count);
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
        checks.RequireWritable();
        var idea = checks.RequireIdea(ideaId);
        if (!State.Participants.TryGetValue(idea.AuthorId, out var author) || author.IsGone)
        {
            throw new RuleException(SessionErrorCodes.ParticipantNotFound, "The author of this idea is no longer in the session.");
        }

        checks.Record(new SessionChange.ParticipantRemoved(author.Id));
        ledger.Emit(new ParticipantRemoved(0, author.Id));
        var hidden = 0;
        if (hideIdeas)
        {
            foreach (var own in State.Ideas.Values.Where(i => i.AuthorId == author.Id && !i.Hidden).ToArray())
            {
                checks.Record(new SessionChange.IdeaHiddenSet(own.Id, Hidden: true));
                ledger.Emit(new IdeaHidden(0, own.Id));
                hidden++;
            }

            foreach (var comment in State.Comments.Values.Where(c => c.AuthorId == author.Id && !c.Hidden).ToArray())
            {
                checks.Record(new SessionChange.CommentHiddenSet(comment.Id, Hidden: true));
                ledger.Emit(new CommentHidden(0, comment.Id));
            }
        }

        log.Log(moderator, ModerationAction.ParticipantRemoved, idea, hidden);
        ledger.PresenceChanged();
    }
}
