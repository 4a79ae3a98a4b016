namespace Hub.Grains.Sessions;

/// <summary>
/// The checks every area of the session's rules starts from, written once: is the session there,
/// may it change, who is asking, what they point at. Also where a rule records a change.
/// </summary>
internal sealed class SessionChecks(ISessionLedger ledger)
{
    public SessionInfo? Info => State.Info;

    public SessionState State => ledger.State;

    public void RequireOpen()
    {
        if (State.Info is null || ledger.Purging)
        {
            throw new RuleException(SessionErrorCodes.SessionNotFound, "There is no such session.");
        }

        if (ledger.StorageFailed)
        {
            throw new RuleException(ErrorCodes.StorageUnavailable, "The session is reloading after a storage failure; try again.");
        }
    }

    public void RequireWritable()
    {
        RequireOpen();
        if (State.Phase == SessionPhase.Closed)
        {
            throw new RuleException(SessionErrorCodes.SessionClosed, "The session is closed.");
        }
    }

    /// <summary>A participant still in the session; with <paramref name="evenIfRemoved"/>, one a moderator removed too.</summary>
    public ParticipantRecord RequireParticipant(Guid participantId, bool evenIfRemoved = false) =>
        State.Participants.TryGetValue(participantId, out var participant) && !participant.Erased
            ? participant.Removed && !evenIfRemoved
                ? throw new RuleException(SessionErrorCodes.ParticipantRemoved, "A moderator has removed you from this session.")
                : participant
            : throw new RuleException(SessionErrorCodes.ParticipantNotFound, "You are not a participant of this session.");

    /// <summary>Moderators read everything; a participant only while still in the session.</summary>
    public void RequireViewer(SessionActor viewer)
    {
        RequireOpen();
        if (viewer.ParticipantId is { } participantId)
        {
            RequireParticipant(participantId);
        }
    }

    public void RequirePhase(SessionPhase phase, string action)
    {
        if (State.Phase != phase)
        {
            throw new RuleException(SessionErrorCodes.WrongPhase, $"You can {action} only in the {phase} phase; the session is in {State.Phase}.");
        }
    }

    public IdeaRecord RequireIdea(Guid ideaId) =>
        State.Ideas.TryGetValue(ideaId, out var idea)
            ? idea
            : throw new RuleException(SessionErrorCodes.IdeaNotFound, "There is no such idea.");

    public IdeaRecord RequireVisibleIdea(Guid ideaId)
    {
        var idea = RequireIdea(ideaId);
        return idea.IsShown ? idea : throw new RuleException(SessionErrorCodes.IdeaNotFound, "There is no such idea.");
    }

    public CommentRecord RequireComment(Guid commentId) =>
        State.Comments.TryGetValue(commentId, out var comment)
            ? comment
            : throw new RuleException(SessionErrorCodes.CommentNotFound, "There is no such comment.");

    public GroupRecord RequireGroup(Guid groupId) =>
        State.Groups.TryGetValue(groupId, out var group)
            ? group
            : throw new RuleException(SessionErrorCodes.GroupNotFound, "There is no such group.");

    public T Record<T>(T change)
        where T : SessionChange
    {
        ledger.Record(change);
        return change;
    }
}
