namespace Hub.Grains.Sessions;

public sealed partial class SessionGrain
{
    public async Task<JoinReceipt> Join(string displayName)
    {
        RequireWritable();
        var name = SessionText.Require(displayName, SessionLimits.MaxDisplayNameLength, "display name");
        if (State.Participants.Count >= SessionLimits.MaxParticipantsPerSession)
        {
            throw new SessionRuleException(SessionErrorCodes.SessionFull, "The session is full.");
        }

        var participant = new ParticipantRecord { Id = Guid.NewGuid(), DisplayName = name, JoinedAt = _time.GetUtcNow() };
        State.Participants.Add(participant.Id, participant);
        await CommitAsync();
        return new JoinReceipt(participant.Id, participant.DisplayName);
    }

    public Task SetConnected(Guid participantId, bool connected)
    {
        RequireOpen();
        RequireParticipant(participantId);
        _connections.TryGetValue(participantId, out var count);
        count = connected ? count + 1 : Math.Max(0, count - 1);
        if (count == 0)
        {
            _connections.Remove(participantId);
        }
        else
        {
            _connections[participantId] = count;
        }

        _presenceChanged = true;
        return Task.CompletedTask;
    }

    private PresenceView BuildPresence()
    {
        var names = _connections.Keys
            .Select(id => State.Participants[id].DisplayName)
            .Order(StringComparer.CurrentCultureIgnoreCase)
            .ToArray();
        return new PresenceView(names.Length, names);
    }
}
