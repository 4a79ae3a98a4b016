namespace Hub.Grains.Sessions;

/// <summary>
/// Who sees what: moderators everything, participants what everyone sees and their own held ideas,
/// the room display what everyone sees. Report counts go to moderators only; authors' names to
/// nobody in an anonymous session, in what is sent and not only in what is drawn.
/// </summary>
internal static class SessionViews
{
    /// <summary>
    /// Clients apply the events after a snapshot's <see cref="SessionSnapshot.Seq"/> on top of it, so
    /// it shows the published state: what those events were published after, never a change that
    /// is still being saved (and may yet fail).
    /// </summary>
    public static SessionSnapshot Snapshot(
        Guid sessionId, Guid epoch, long seq, SessionState published, PresenceView presence, DateTimeOffset now, SessionActor viewer)
    {
        var ideas = published.Ideas.Values
            .Where(idea => viewer.IsModerator || idea.IsShown || (idea.Pending && !idea.Hidden && idea.AuthorId == viewer.ParticipantId))
            .OrderBy(idea => idea.Ordinal)
            .Select(idea => ToView(idea, published, viewer.IsModerator))
            .ToArray();
        var shownIdeaIds = ideas.Select(i => i.Id).ToHashSet();
        var comments = published.Comments.Values
            .Where(comment => shownIdeaIds.Contains(comment.IdeaId) && (viewer.IsModerator || !comment.Hidden))
            .OrderBy(comment => comment.Ordinal)
            .Select(comment => ToView(comment, published))
            .ToArray();
        var groups = published.Groups.Values.OrderBy(g => g.Ordinal).Select(g => new GroupView(g.Id, g.Name)).ToArray();
        YourView? you = null;
        if (viewer.ParticipantId is { } participantId && published.Participants.TryGetValue(participantId, out var participant))
        {
            var own = published.Ideas.Values.Where(i => i.AuthorId == participantId).OrderBy(i => i.Ordinal).Select(i => i.Id).ToArray();
            var ownComments = published.Comments.Values.Where(c => c.AuthorId == participantId).OrderBy(c => c.Ordinal).Select(c => c.Id).ToArray();
            you = new YourView(participantId, participant.DisplayName, own, new Dictionary<Guid, int>(participant.Votes), VotingRules.VotesLeft(participant, published.Settings), ownComments);
        }

        return new SessionSnapshot(
            sessionId, epoch, seq, published.Info!, published.Phase, published.TimerEndsAt, published.Settings,
            ideas, groups, presence, you, now, comments,
            viewer.IsModerator ? published.ModerationLog.TakeLast(SessionLimits.ModerationLogInSnapshot).ToArray() : null);
    }

    /// <summary>Missed events as the viewer may see them: moderators all, everyone else as they are seen now.</summary>
    public static SessionEventBatch Missed(Guid sessionId, Guid epoch, IReadOnlyList<SessionEvent> missed, SessionState published, SessionActor viewer)
    {
        var batch = new SessionEventBatch(sessionId, epoch, viewer.IsModerator ? missed : missed.Select(e => AsNowSeen(e, published)).ToArray());
        return viewer.IsModerator ? batch : batch.ForParticipants();
    }

    /// <summary>
    /// An idea's or comment's event as someone who is not a moderator may see it now: a client that
    /// catches up from far back must not read what was hidden, deleted, erased or edited away since.
    /// The current text stands in for an older one; what is no longer shown is withheld.
    /// </summary>
    public static SessionEvent AsNowSeen(SessionEvent missed, SessionState published)
    {
        if (missed is CommentPosted or CommentRestored)
        {
            var commentId = missed is CommentPosted posted ? posted.Comment.Id : ((CommentRestored)missed).Comment.Id;
            return published.Comments.TryGetValue(commentId, out var comment) && !comment.Hidden && published.Ideas[comment.IdeaId].IsShown
                ? missed switch
                {
                    CommentPosted commentPosted => commentPosted with { Comment = ToView(comment, published) },
                    CommentRestored commentRestored => commentRestored with { Comment = ToView(comment, published), OnHiddenIdea = false },
                    _ => missed,
                }
                : new Withheld(missed.Seq);
        }

        var ideaId = missed switch
        {
            IdeaPosted posted => posted.Idea.Id,
            IdeaRestored restored => restored.Idea.Id,
            IdeaApproved approved => approved.Idea.Id,
            IdeaEdited edited => edited.IdeaId,
            _ => (Guid?)null,
        };
        if (ideaId is not { } id)
        {
            return missed;
        }

        if (!published.Ideas.TryGetValue(id, out var idea) || !idea.IsShown)
        {
            return new Withheld(missed.Seq);
        }

        return missed switch
        {
            IdeaEdited edited => edited with { Text = idea.Text },
            IdeaPosted posted => posted with { Idea = ToView(idea, published) },
            IdeaRestored restored => restored with { Idea = ToView(idea, published), Comments = ShownComments(idea, published) },
            IdeaApproved approved => approved with { Idea = ToView(idea, published) },
            _ => missed,
        };
    }

    /// <summary>Who of <paramref name="connected"/> is still in the session; no names in an anonymous one.</summary>
    public static PresenceView Presence(SessionState state, IEnumerable<Guid> connected)
    {
        var present = connected
            .Where(id => state.Participants.TryGetValue(id, out var participant) && !participant.IsGone)
            .ToArray();
        if (state.Info!.Anonymous)
        {
            return new PresenceView(present.Length, []);
        }

        var names = present
            .Select(id => state.Participants[id].DisplayName)
            .Order(StringComparer.CurrentCultureIgnoreCase)
            .Take(PresenceView.MaxNames)
            .ToArray();
        return new PresenceView(present.Length, names);
    }

    /// <summary>Report counts go to moderators only; authors' names to nobody in an anonymous session.</summary>
    public static IdeaView ToView(IdeaRecord idea, SessionState state, bool forModerator = false) =>
        new(idea.Id, idea.Text, AuthorName(idea.AuthorId, state), idea.GroupId, idea.Hidden, idea.Votes, idea.PostedAt, idea.Pending,
            forModerator ? idea.ReportedBy.Count : 0);

    public static CommentView ToView(CommentRecord comment, SessionState state) =>
        new(comment.Id, comment.IdeaId, comment.Text, AuthorName(comment.AuthorId, state), comment.PostedAt, comment.Hidden);

    /// <summary>The comments on an idea that someone who is not a moderator sees.</summary>
    public static CommentView[] ShownComments(IdeaRecord idea, SessionState state) =>
        state.CommentsOn(idea.Id).Where(c => !c.Hidden).Select(c => ToView(c, state)).ToArray();

    /// <summary>Everything the session holds about one participant: a copy to take away.</summary>
    public static ParticipantExport Export(SessionState state, ParticipantRecord participant)
    {
        var ideas = state.Ideas.Values
            .Where(i => i.AuthorId == participant.Id)
            .OrderBy(i => i.Ordinal)
            .Select(i => new ExportedIdea(i.Id, i.Text, i.PostedAt, i.Hidden))
            .ToArray();
        var votes = participant.Votes
            .Where(v => state.Ideas.ContainsKey(v.Key))
            .Select(v => new ExportedVote(v.Key, state.Ideas[v.Key].Text, v.Value))
            .ToArray();
        var reported = state.Ideas.Values.Where(i => i.ReportedBy.Contains(participant.Id)).Select(i => i.Id).ToArray();
        var comments = state.Comments.Values
            .Where(c => c.AuthorId == participant.Id)
            .OrderBy(c => c.Ordinal)
            .Select(c => new ExportedComment(c.Id, c.IdeaId, c.Text, c.PostedAt, c.Hidden))
            .ToArray();
        return new ParticipantExport(state.Info!.Title, participant.DisplayName, participant.JoinedAt, ideas, votes, reported, comments);
    }

    private static string AuthorName(Guid authorId, SessionState state) =>
        state.Info?.Anonymous != true && state.Participants.TryGetValue(authorId, out var author) ? author.DisplayName : "";
}
