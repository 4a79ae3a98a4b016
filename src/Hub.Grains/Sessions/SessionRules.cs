namespace Hub.Grains.Sessions;

/// <summary>
/// The rules of a session, over its live state: each command is checked against the state and,
/// if it holds, recorded in the <see cref="ISessionLedger"/> as the changes to save and the events
/// to publish. Synchronous, so that a reentrant grain checks and applies in one turn; time comes in.
/// Bad input throws a <see cref="RuleException"/> and changes nothing.
/// </summary>
public sealed partial class SessionRules(ISessionLedger ledger, SessionOptions options, TimeProvider time)
{
    public SessionInfo? Info => State.Info;

    private SessionState State => ledger.State;

    public void Open(OpenSession command, string openedBy)
    {
        if (State.Info is not null)
        {
            throw new RuleException(ErrorCodes.AlreadyExists, "The session is already open.");
        }

        var title = UserText.Require(command.Title, SessionLimits.MaxTitleLength, "title");
        ValidateSettings(command.Settings);
        Record(new SessionChange.Opened(
            new SessionInfo(title, command.ChallengeId, command.ChallengeTitle, command.JoinCode, command.Venue, time.GetUtcNow(), command.Anonymous, openedBy),
            command.Settings));
    }

    public JoinReceipt Join(string displayName)
    {
        RequireWritable();
        if (State.Settings.Locked)
        {
            throw new RuleException(SessionErrorCodes.SessionLocked, "The moderator has locked the session: nobody new may join.");
        }

        // Nobody sees a name in an anonymous session, so nobody need give one.
        var name = State.Info!.Anonymous && string.IsNullOrWhiteSpace(displayName)
            ? ""
            : UserText.Require(displayName, SessionLimits.MaxDisplayNameLength, "display name");
        if (State.Participants.Count >= options.MaxParticipants)
        {
            throw new RuleException(ErrorCodes.Full, "The session is full.");
        }

        var joined = Record(new SessionChange.ParticipantJoined(Guid.NewGuid(), name, time.GetUtcNow()));
        return new JoinReceipt(joined.ParticipantId, joined.DisplayName);
    }

    public void SetPhase(SessionPhase phase, int? timerSeconds)
    {
        RequireWritable();
        if (!Enum.IsDefined(phase))
        {
            throw new RuleException(ErrorCodes.InvalidArgument, "There is no such phase.");
        }

        var endsAt = TimerEnd(timerSeconds);
        Record(new SessionChange.PhaseSet(phase, phase == SessionPhase.Closed ? null : endsAt));
        ledger.Emit(new PhaseChanged(0, State.Phase, State.TimerEndsAt));
    }

    public void SetTimer(int? timerSeconds)
    {
        RequireWritable();
        Record(new SessionChange.TimerSet(TimerEnd(timerSeconds)));
        ledger.Emit(new TimerChanged(0, State.TimerEndsAt));
    }

    public void UpdateSettings(string moderator, SessionSettings settings)
    {
        RequireWritable();
        ValidateSettings(settings);
        var before = State.Settings;

        Record(new SessionChange.SettingsSet(settings));
        ledger.Emit(new SettingsChanged(0, settings));
        if (settings.Locked != before.Locked)
        {
            LogModeration(moderator, settings.Locked ? ModerationAction.SessionLocked : ModerationAction.SessionUnlocked, idea: null, count: 0);
        }

        if (settings.HoldIdeasForApproval != before.HoldIdeasForApproval)
        {
            LogModeration(moderator, settings.HoldIdeasForApproval ? ModerationAction.ApprovalTurnedOn : ModerationAction.ApprovalTurnedOff, idea: null, count: 0);
        }
    }

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

    public static int VotesLeft(ParticipantRecord participant, SessionSettings settings) =>
        Math.Max(0, settings.VoteBudget - participant.Votes.Values.Sum());

    private T Record<T>(T change)
        where T : SessionChange
    {
        ledger.Record(change);
        return change;
    }

    private void RequirePhase(SessionPhase phase, string action)
    {
        if (State.Phase != phase)
        {
            throw new RuleException(SessionErrorCodes.WrongPhase, $"You can {action} only in the {phase} phase; the session is in {State.Phase}.");
        }
    }

    private IdeaRecord RequireIdea(Guid ideaId) =>
        State.Ideas.TryGetValue(ideaId, out var idea)
            ? idea
            : throw new RuleException(SessionErrorCodes.IdeaNotFound, "There is no such idea.");

    private IdeaRecord RequireVisibleIdea(Guid ideaId)
    {
        var idea = RequireIdea(ideaId);
        return idea.IsShown ? idea : throw new RuleException(SessionErrorCodes.IdeaNotFound, "There is no such idea.");
    }

    private DateTimeOffset? TimerEnd(int? timerSeconds) => timerSeconds switch
    {
        null => null,
        < 1 or > SessionLimits.MaxPhaseSeconds => throw new RuleException(
            ErrorCodes.InvalidArgument, $"A timer runs from 1 to {SessionLimits.MaxPhaseSeconds} seconds."),
        { } seconds => time.GetUtcNow().AddSeconds(seconds),
    };

    private static void ValidateSettings(SessionSettings? settings)
    {
        if (settings?.ReportThreshold is < 1 or > SessionLimits.MaxReportThreshold)
        {
            throw new RuleException(
                ErrorCodes.InvalidArgument, $"The number of reports that hides an idea runs from 1 to {SessionLimits.MaxReportThreshold}.");
        }

        if (settings is null
            || settings.VoteBudget is < 1 or > SessionLimits.MaxVoteBudget
            || settings.MaxVotesPerIdea < 1
            || settings.MaxVotesPerIdea > settings.VoteBudget)
        {
            throw new RuleException(
                ErrorCodes.InvalidArgument,
                $"The vote budget runs from 1 to {SessionLimits.MaxVoteBudget}, and the cap per idea from 1 to the budget.");
        }
    }
}
