namespace Hub.Grains.Sessions;

/// <summary>What the moderator steers a session with: its phase, its timer and its settings.</summary>
internal sealed class SteeringRules(SessionChecks checks, ISessionLedger ledger, ModerationLog log, TimeProvider time)
{
    private SessionState State => checks.State;

    public void SetPhase(SessionPhase phase, int? timerSeconds)
    {
        checks.RequireWritable();
        if (!Enum.IsDefined(phase))
        {
            throw new RuleException(ErrorCodes.InvalidArgument, "There is no such phase.");
        }

        var endsAt = TimerEnd(timerSeconds);
        checks.Record(new SessionChange.PhaseSet(phase, phase == SessionPhase.Closed ? null : endsAt));
        ledger.Emit(new PhaseChanged(0, State.Phase, State.TimerEndsAt));
    }

    public void SetTimer(int? timerSeconds)
    {
        checks.RequireWritable();
        checks.Record(new SessionChange.TimerSet(TimerEnd(timerSeconds)));
        ledger.Emit(new TimerChanged(0, State.TimerEndsAt));
    }

    public void UpdateSettings(string moderator, SessionSettings settings)
    {
        checks.RequireWritable();
        ValidateSettings(settings);
        var before = State.Settings;

        checks.Record(new SessionChange.SettingsSet(settings));
        ledger.Emit(new SettingsChanged(0, settings));
        if (settings.Locked != before.Locked)
        {
            log.Log(moderator, settings.Locked ? ModerationAction.SessionLocked : ModerationAction.SessionUnlocked, idea: null, count: 0);
        }

        if (settings.HoldIdeasForApproval != before.HoldIdeasForApproval)
        {
            log.Log(moderator, settings.HoldIdeasForApproval ? ModerationAction.ApprovalTurnedOn : ModerationAction.ApprovalTurnedOff, idea: null, count: 0);
        }
    }

    public static void ValidateSettings(SessionSettings? settings)
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

    private DateTimeOffset? TimerEnd(int? timerSeconds) => timerSeconds switch
    {
        null => null,
        < 1 or > SessionLimits.MaxPhaseSeconds => throw new RuleException(
            ErrorCodes.InvalidArgument, $"A timer runs from 1 to {SessionLimits.MaxPhaseSeconds} seconds."),
        { } seconds => time.GetUtcNow().AddSeconds(seconds),
    };
}
