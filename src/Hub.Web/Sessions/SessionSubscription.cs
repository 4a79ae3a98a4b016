using Hub.Grains.Sessions;
using Microsoft.AspNetCore.SignalR;

namespace Hub.Web.Sessions;

/// <summary>
/// This web node's one subscription to one session: the observer the grain notifies, the
/// connections and participants this node holds for it, and the loop that sends the session's
/// batches to its SignalR group in sequence order.
/// </summary>
internal sealed partial class SessionSubscription(
    Guid sessionId,
    IGrainFactory grains,
    IHubContext<SessionHub, ISessionClient> hub,
    TimeProvider time,
    ILogger logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SessionObserver _observer = new();
    private readonly Dictionary<Guid, HashSet<string>> _participants = [];
    private ISessionObserver? _reference;
    private Guid? _epoch;
    private int _connections;

    public Guid SessionId { get; } = sessionId;

    /// <summary>Closed once its last connection left; a closed subscription is never reused.</summary>
    public bool IsClosed { get; private set; }

    private ISessionGrain Session => grains.GetGrain<ISessionGrain>(SessionId);

    /// <summary>Adds a connection; the first one subscribes this node. False if already closed.</summary>
    public async Task<bool> TryAddAsync(string connectionId, Guid? participantId, SessionRole role, CancellationToken cancellationToken)
    {
        var group = SessionGroups.For(SessionId, role);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (IsClosed)
            {
                return false;
            }

            if (_reference is null)
            {
                _reference = grains.CreateObjectReference<ISessionObserver>(_observer);
                _ = ForwardAsync();
                _epoch = await Session.Subscribe(_reference, ConnectionCounts());
            }

            await hub.Groups.AddToGroupAsync(connectionId, group, cancellationToken);
            if (participantId is { } id)
            {
                await Session.SetConnected(_reference, id, connected: true);
                if (!_participants.TryGetValue(id, out var connections))
                {
                    _participants[id] = connections = [];
                }

                connections.Add(connectionId);
            }

            _connections++;
            return true;
        }
        catch
        {
            await hub.Groups.RemoveFromGroupAsync(connectionId, group, CancellationToken.None);
            await CloseIfUnusedAsync();
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Removes a connection; the last one unsubscribes this node. True when now closed.</summary>
    public async Task<bool> RemoveAsync(string connectionId, Guid? participantId, SessionRole role)
    {
        await _gate.WaitAsync();
        try
        {
            _connections--;
            await hub.Groups.RemoveFromGroupAsync(connectionId, SessionGroups.For(SessionId, role));
            if (participantId is { } id && _participants.TryGetValue(id, out var connections) && connections.Remove(connectionId))
            {
                if (connections.Count == 0)
                {
                    _participants.Remove(id);
                }

                await TryAsync(() => Session.SetConnected(_reference!, id, connected: false));
            }

            await CloseIfUnusedAsync();
            return IsClosed;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Renews the observer and tells the grain who is connected here, which also restores both
    /// after the grain was activated anew (a silo died, or storage failed).
    /// </summary>
    public async Task RenewAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (!IsClosed && _reference is not null)
            {
                var epoch = await Session.Subscribe(_reference, ConnectionCounts());
                if (epoch != _epoch)
                {
                    // The session was activated anew and may have nothing to publish for a while:
                    // an empty batch of the new epoch tells clients to catch up now.
                    _epoch = epoch;
                    await SendAsync([new SessionEventBatch(SessionId, epoch, [])]);
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task CloseIfUnusedAsync()
    {
        if (_connections > 0 || IsClosed)
        {
            return;
        }

        IsClosed = true;
        if (_reference is not null)
        {
            await TryAsync(() => Session.Unsubscribe(_reference));
            grains.DeleteObjectReference<ISessionObserver>(_reference);
        }

        _observer.Complete();
    }

    private async Task TryAsync(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (Exception exception)
        {
            // The grain drops a node that stops renewing, and who it held, by itself.
            LogGrainCallFailed(logger, exception, SessionId);
        }
    }

    private Dictionary<Guid, int> ConnectionCounts() => _participants.ToDictionary(p => p.Key, p => p.Value.Count);

    /// <summary>Sends the session's batches to its groups in sequence order, one at a time.</summary>
    private async Task ForwardAsync()
    {
        var batches = _observer.Batches;
        var sequencer = new SessionEventSequencer(time);
        Task<bool>? arrived = null;
        while (true)
        {
            arrived ??= batches.WaitToReadAsync().AsTask();
            if (sequencer.IsHolding)
            {
                // Give an overtaken batch a moment to arrive before sending what came after it.
                await Task.WhenAny(arrived, Task.Delay(SessionEventSequencer.Patience, time));
            }

            if (arrived.IsCompleted || !sequencer.IsHolding)
            {
                if (!await arrived)
                {
                    return;
                }

                arrived = null;
            }

            while (batches.TryRead(out var batch))
            {
                await SendAsync(sequencer.Accept(batch));
            }

            await SendAsync(sequencer.ReleaseOverdue());
        }
    }

    private async Task SendAsync(IReadOnlyList<SessionEventBatch> ready)
    {
        var participants = SessionGroups.Participants(SessionId);
        var moderators = SessionGroups.Moderators(SessionId);
        foreach (var batch in ready)
        {
            try
            {
                foreach (var removed in batch.Events.OfType<ParticipantRemoved>())
                {
                    await DisconnectAsync(removed.ParticipantId);
                }

                var forParticipants = batch.ForParticipants();
                if (ReferenceEquals(forParticipants, batch))
                {
                    // Serialised once for both groups.
                    await hub.Clients.Groups(participants, moderators).Events(batch);
                }
                else
                {
                    await hub.Clients.Group(moderators).Events(batch);
                    await hub.Clients.Group(participants).Events(forParticipants);
                }
            }
            catch (Exception exception)
            {
                LogForwardFailed(logger, exception, SessionId);
            }
        }
    }

    /// <summary>
    /// Takes a removed participant's connections here out of the session's group before anything
    /// after the removal goes out, and tells them why. Their calls the grain refuses by itself.
    /// </summary>
    private async Task DisconnectAsync(Guid participantId)
    {
        string[] connections;
        await _gate.WaitAsync();
        try
        {
            connections = _participants.TryGetValue(participantId, out var held) ? [.. held] : [];
        }
        finally
        {
            _gate.Release();
        }

        foreach (var connectionId in connections)
        {
            await hub.Groups.RemoveFromGroupAsync(connectionId, SessionGroups.Participants(SessionId));
        }

        if (connections.Length > 0)
        {
            await hub.Clients.Clients(connections).Removed();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A call to session {SessionId} failed")]
    private static partial void LogGrainCallFailed(ILogger logger, Exception exception, Guid sessionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not forward events of session {SessionId}")]
    private static partial void LogForwardFailed(ILogger logger, Exception exception, Guid sessionId);
}
