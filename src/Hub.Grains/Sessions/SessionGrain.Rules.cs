namespace Hub.Grains.Sessions;

/// <summary>The checks every session method starts with.</summary>
public sealed partial class SessionGrain
{
    private void RequireOpen()
    {
        if (State.Info is null || _purging)
        {
            throw new RuleException(SessionErrorCodes.SessionNotFound, "There is no such session.");
        }

        if (_storageFailed)
        {
            throw new RuleException(ErrorCodes.StorageUnavailable, "The session is reloading after a storage failure; try again.");
        }
    }

    private void RequireWritable()
    {
        RequireOpen();
        if (State.Phase == SessionPhase.Closed)
        {
            throw new RuleException(SessionErrorCodes.SessionClosed, "The session is closed.");
        }
    }

    private static void RequireModerator(SessionActor actor)
    {
        if (!actor.IsModerator)
        {
            throw new RuleException(ErrorCodes.Forbidden, "Only a moderator may do this.");
        }
    }

    private void RequirePhase(SessionPhase phase, string action)
    {
        if (State.Phase != phase)
        {
            throw new RuleException(SessionErrorCodes.WrongPhase, $"You can {action} only in the {phase} phase; the session is in {State.Phase}.");
        }
    }

    /// <summary>A participant still in the session; with <paramref name="evenIfRemoved"/>, one a moderator removed too.</summary>
    private ParticipantRecord RequireParticipant(Guid participantId, bool evenIfRemoved = false) =>
        State.Participants.TryGetValue(participantId, out var participant) && !participant.Erased
            ? participant.Removed && !evenIfRemoved
                ? throw new RuleException(SessionErrorCodes.ParticipantRemoved, "A moderator has removed you from this session.")
                : participant
            : throw new RuleException(SessionErrorCodes.ParticipantNotFound, "You are not a participant of this session.");

    /// <summary>Moderators read everything; a participant only while still in the session.</summary>
    private void RequireViewer(SessionActor viewer)
    {
        if (viewer.ParticipantId is { } participantId)
        {
            RequireParticipant(participantId);
        }
    }

    /// <summary>Whether everyone sees the idea: neither hidden by a moderator nor held for approval.</summary>
    private static bool IsShown(IdeaRecord idea) => !idea.Hidden && !idea.Pending;

    private IdeaRecord RequireIdea(Guid ideaId) =>
        State.Ideas.TryGetValue(ideaId, out var idea)
            ? idea
            : throw new RuleException(SessionErrorCodes.IdeaNotFound, "There is no such idea.");
}
