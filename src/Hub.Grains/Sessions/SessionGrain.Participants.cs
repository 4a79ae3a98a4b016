namespace Hub.Grains.Sessions;

public sealed partial class SessionGrain
{
    public async Task<JoinReceipt> Join(string displayName)
    {
        RequireWritable();
        if (State.Settings.Locked)
        {
            throw new SessionRuleException(SessionErrorCodes.SessionLocked, "The moderator has locked the session: nobody new may join.");
        }

        var name = SessionText.Require(displayName, SessionLimits.MaxDisplayNameLength, "display name");
        if (State.Participants.Count >= _options.MaxParticipants)
        {
            throw new SessionRuleException(SessionErrorCodes.SessionFull, "The session is full.");
        }

        var joined = Record(new SessionChange.ParticipantJoined(Guid.NewGuid(), name, _time.GetUtcNow()));
        await CommitAsync();
        return new JoinReceipt(joined.ParticipantId, joined.DisplayName);
    }

    public Task SetConnected(ISessionObserver node, Guid participantId, bool connected)
    {
        RequireOpen();
        RequireParticipant(participantId);
        MarkPresence(_audience.SetConnected(node, participantId, connected));
        return Task.CompletedTask;
    }

    private PresenceView BuildPresence()
    {
        var names = _audience.Present()
            .Where(State.Participants.ContainsKey)
            .Select(id => State.Participants[id].DisplayName)
            .Order(StringComparer.CurrentCultureIgnoreCase)
            .ToArray();
        return new PresenceView(names.Length, names[..Math.Min(names.Length, PresenceView.MaxNames)]);
    }
}
