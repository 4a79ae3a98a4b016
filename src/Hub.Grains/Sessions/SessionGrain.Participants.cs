namespace Hub.Grains.Sessions;

public sealed partial class SessionGrain
{
    public async Task<JoinReceipt> Join(string displayName)
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
        if (State.Participants.Count >= _options.MaxParticipants)
        {
            throw new RuleException(ErrorCodes.Full, "The session is full.");
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
        var present = _audience.Present()
            .Where(id => State.Participants.TryGetValue(id, out var participant) && !participant.IsGone)
            .ToArray();
        if (State.Info!.Anonymous)
        {
            return new PresenceView(present.Length, []);
        }

        var names = present
            .Select(id => State.Participants[id].DisplayName)
            .Order(StringComparer.CurrentCultureIgnoreCase)
            .Take(PresenceView.MaxNames)
            .ToArray();
        return new PresenceView(present.Length, names);
    }
}
