namespace Hub.Grains.Sessions;

public sealed partial class SessionGrain
{
    public async Task SetPhase(SessionActor actor, SessionPhase phase, int? timerSeconds)
    {
        RequireWritable();
        RequireModerator(actor);
        if (!Enum.IsDefined(phase))
        {
            throw new RuleException(ErrorCodes.InvalidArgument, "There is no such phase.");
        }

        var endsAt = TimerEnd(timerSeconds);
        Record(new SessionChange.PhaseSet(phase, phase == SessionPhase.Closed ? null : endsAt));
        Emit(new PhaseChanged(0, State.Phase, State.TimerEndsAt));
        await CommitAsync();
        if (phase == SessionPhase.Closed)
        {
            await GrainFactory.GetGrain<ISessionDirectoryGrain>(0).MarkClosed(this.GetPrimaryKey());
        }
    }

    public async Task SetTimer(SessionActor actor, int? timerSeconds)
    {
        RequireWritable();
        RequireModerator(actor);
        Record(new SessionChange.TimerSet(TimerEnd(timerSeconds)));
        Emit(new TimerChanged(0, State.TimerEndsAt));
        await CommitAsync();
    }

    public async Task UpdateSettings(SessionActor actor, SessionSettings settings)
    {
        RequireWritable();
        RequireModerator(actor);
        ValidateSettings(settings);
        var before = State.Settings;

        Record(new SessionChange.SettingsSet(settings));
        Emit(new SettingsChanged(0, settings));
        if (settings.Locked != before.Locked)
        {
            LogModeration(actor, settings.Locked ? ModerationAction.SessionLocked : ModerationAction.SessionUnlocked);
        }

        if (settings.HoldIdeasForApproval != before.HoldIdeasForApproval)
        {
            LogModeration(actor, settings.HoldIdeasForApproval ? ModerationAction.ApprovalTurnedOn : ModerationAction.ApprovalTurnedOff);
        }

        await CommitAsync();
    }

    private DateTimeOffset? TimerEnd(int? timerSeconds) => timerSeconds switch
    {
        null => null,
        < 1 or > SessionLimits.MaxPhaseSeconds => throw new RuleException(
            ErrorCodes.InvalidArgument, $"A timer runs from 1 to {SessionLimits.MaxPhaseSeconds} seconds."),
        { } seconds => _time.GetUtcNow().AddSeconds(seconds),
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
