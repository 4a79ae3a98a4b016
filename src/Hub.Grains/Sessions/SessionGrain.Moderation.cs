namespace Hub.Grains.Sessions;

/// <summary>Holding ideas for approval, reports, removing participants and the moderation log.</summary>
public sealed partial class SessionGrain
{
    private const int ExcerptLength = 80;

    public async Task ApproveIdea(SessionActor actor, Guid ideaId)
    {
        RequireWritable();
        RequireModerator(actor);
        var idea = RequireIdea(ideaId);
        if (!idea.Pending)
        {
            return;
        }

        Record(new SessionChange.IdeaApproved(idea.Id));
        Emit(new IdeaApproved(0, ToView(idea, State)));
        LogModeration(actor, ModerationAction.IdeaApproved, idea);
        await CommitAsync();
    }

    /// <summary>
    /// One report per participant and idea counts; when as many have reported as the session's
    /// threshold, the idea is hidden until a moderator looks at it. An idea a moderator restored
    /// stays, however many report it after.
    /// </summary>
    public async Task ReportIdea(Guid participantId, Guid ideaId)
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
        Emit(new IdeaReported(0, idea.Id, idea.ReportedBy.Count));
        if (!idea.Reviewed && idea.ReportedBy.Count >= State.Settings.ReportThreshold)
        {
            Record(new SessionChange.IdeaHiddenSet(idea.Id, Hidden: true));
            Emit(new IdeaHidden(0, idea.Id));
            LogModeration(moderator: "", ModerationAction.IdeaHiddenAfterReports, idea, idea.ReportedBy.Count);
        }

        await CommitAsync();
    }

    /// <summary>
    /// Removes whoever wrote an idea, so that moderators can act in an anonymous session without
    /// learning who it was. The participant's connections are dropped and they cannot come back
    /// with their token; <paramref name="hideIdeas"/> hides everything they posted as well, their
    /// comments too.
    /// </summary>
    public async Task RemoveAuthor(SessionActor actor, Guid ideaId, bool hideIdeas)
    {
        RequireWritable();
        RequireModerator(actor);
        var idea = RequireIdea(ideaId);
        if (!State.Participants.TryGetValue(idea.AuthorId, out var author) || author.IsGone)
        {
            throw new RuleException(SessionErrorCodes.ParticipantNotFound, "The author of this idea is no longer in the session.");
        }

        Record(new SessionChange.ParticipantRemoved(author.Id));
        Emit(new ParticipantRemoved(0, author.Id));
        var hidden = 0;
        if (hideIdeas)
        {
            foreach (var own in State.Ideas.Values.Where(i => i.AuthorId == author.Id && !i.Hidden).ToArray())
            {
                Record(new SessionChange.IdeaHiddenSet(own.Id, Hidden: true));
                Emit(new IdeaHidden(0, own.Id));
                hidden++;
            }

            foreach (var comment in State.Comments.Values.Where(c => c.AuthorId == author.Id && !c.Hidden).ToArray())
            {
                Record(new SessionChange.CommentHiddenSet(comment.Id, Hidden: true));
                Emit(new CommentHidden(0, comment.Id));
            }
        }

        LogModeration(actor.Name ?? actor.ModeratorId ?? "", ModerationAction.ParticipantRemoved, idea, hidden);
        MarkPresence(changed: true);
        await CommitAsync();
    }

    private void LogModeration(SessionActor actor, ModerationAction action, IdeaRecord? idea = null) =>
        LogModeration(actor.Name ?? actor.ModeratorId ?? "", action, idea, count: 0);

    private void LogModeration(SessionActor actor, ModerationAction action, CommentRecord comment) =>
        LogModeration(new ModerationEntry(_time.GetUtcNow(), actor.Name ?? actor.ModeratorId ?? "", action, comment.IdeaId, Excerpt(comment.Text), CommentId: comment.Id));

    private void LogModeration(string moderator, ModerationAction action, IdeaRecord? idea, int count) =>
        LogModeration(new ModerationEntry(_time.GetUtcNow(), moderator, action, idea?.Id, idea is null ? "" : Excerpt(idea.Text), count));

    private void LogModeration(ModerationEntry entry)
    {
        Record(new SessionChange.Moderated(entry));
        Emit(new ModerationLogged(0, entry));
    }

    private static string Excerpt(string text) =>
        text.Length <= ExcerptLength ? text : string.Concat(text.AsSpan(0, ExcerptLength - 1), "…");
}
