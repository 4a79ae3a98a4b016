namespace Hub.Grains.Sessions;

/// <summary>Opening a session and joining it.</summary>
internal sealed class ParticipantRules(SessionChecks checks, SessionOptions options, TimeProvider time)
{
    private SessionState State => checks.State;

    public void Open(OpenSession command, string openedBy)
    {
        if (State.Info is not null)
        {
            throw new RuleException(ErrorCodes.AlreadyExists, "The session is already open.");
        }

        var title = UserText.Require(command.Title, SessionLimits.MaxTitleLength, "title");
        SteeringRules.ValidateSettings(command.Settings);
        checks.Record(new SessionChange.Opened(
            new SessionInfo(title, command.ChallengeId, command.ChallengeTitle, command.JoinCode, command.Venue, time.GetUtcNow(), command.Anonymous, openedBy),
            command.Settings));
    }

    /// <summary>
    /// Joins under a new name. <paramref name="browserMark"/> says which browser asks, as far as the
    /// web node can tell: one a moderator removed someone from stays out, whatever name it gives.
    /// </summary>
    public JoinReceipt Join(string displayName, string? browserMark = null)
    {
        checks.RequireWritable();
        if (browserMark is not null && State.Participants.Values.Any(p => p.Removed && p.BrowserMark == browserMark))
        {
            throw new RuleException(SessionErrorCodes.ParticipantRemoved, "A moderator has removed you from this session.");
        }

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

        var joined = checks.Record(new SessionChange.ParticipantJoined(Guid.NewGuid(), name, time.GetUtcNow(), browserMark));
        return new JoinReceipt(joined.ParticipantId, joined.DisplayName);
    }
}
