using Hub.Grains.Sessions;
using Microsoft.AspNetCore.SignalR;

namespace Hub.Web.Sessions;

/// <summary>
/// Holds this web node's single subscription per session that has connections here. The first
/// connection subscribes, the last one leaves, and a refresh loop re-subscribes every observer
/// before the grain forgets it (observers expire, and the silo holding the grain may die).
/// </summary>
public sealed partial class SessionFanout(
    IGrainFactory grains,
    IHubContext<SessionHub> hub,
    TimeProvider time,
    ILogger<SessionFanout> logger) : BackgroundService
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(30);
    private readonly Dictionary<Guid, Subscription> _subscriptions = [];
    private readonly Dictionary<string, Guid> _connections = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Puts the connection in the session's group and makes sure this node is subscribed.</summary>
    public async Task AttachAsync(string connectionId, Guid sessionId, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_connections.TryGetValue(connectionId, out var previous))
            {
                if (previous == sessionId)
                {
                    return;
                }

                await DetachLockedAsync(connectionId, previous);
            }

            if (!_subscriptions.TryGetValue(sessionId, out var subscription))
            {
                subscription = await SubscribeAsync(sessionId);
                _subscriptions.Add(sessionId, subscription);
            }

            subscription.Connections++;
            _connections[connectionId] = sessionId;
            await hub.Groups.AddToGroupAsync(connectionId, SessionGroups.All(sessionId), cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task DetachAsync(string connectionId)
    {
        await _gate.WaitAsync();
        try
        {
            if (_connections.TryGetValue(connectionId, out var sessionId))
            {
                await DetachLockedAsync(connectionId, sessionId);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public int SubscriptionCount => _subscriptions.Count;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RefreshInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            Subscription[] current;
            await _gate.WaitAsync(stoppingToken);
            try
            {
                current = [.. _subscriptions.Values];
            }
            finally
            {
                _gate.Release();
            }

            foreach (var subscription in current)
            {
                try
                {
                    await grains.GetGrain<ISessionGrain>(subscription.SessionId).Subscribe(subscription.Reference);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    LogRefreshFailed(logger, exception, subscription.SessionId);
                }
            }
        }
    }

    private async Task DetachLockedAsync(string connectionId, Guid sessionId)
    {
        _connections.Remove(connectionId);
        await hub.Groups.RemoveFromGroupAsync(connectionId, SessionGroups.All(sessionId));
        if (_subscriptions.TryGetValue(sessionId, out var subscription) && --subscription.Connections == 0)
        {
            _subscriptions.Remove(sessionId);
            await UnsubscribeAsync(subscription);
        }
    }

    private async Task<Subscription> SubscribeAsync(Guid sessionId)
    {
        var observer = new SessionObserver();
        var reference = grains.CreateObjectReference<ISessionObserver>(observer);
        await grains.GetGrain<ISessionGrain>(sessionId).Subscribe(reference);
        var subscription = new Subscription(sessionId, observer, reference);
        _ = ForwardAsync(subscription);
        return subscription;
    }

    private async Task UnsubscribeAsync(Subscription subscription)
    {
        try
        {
            await grains.GetGrain<ISessionGrain>(subscription.SessionId).Unsubscribe(subscription.Reference);
        }
        catch (Exception exception)
        {
            // The grain forgets an observer that stops renewing anyway.
            LogRefreshFailed(logger, exception, subscription.SessionId);
        }

        grains.DeleteObjectReference<ISessionObserver>(subscription.Reference);
        subscription.Observer.Complete();
    }

    /// <summary>Sends the session's batches to its group in sequence order, one at a time.</summary>
    private async Task ForwardAsync(Subscription subscription)
    {
        var group = hub.Clients.Group(SessionGroups.All(subscription.SessionId));
        var batches = subscription.Observer.Batches;
        var sequencer = new SessionEventSequencer();
        while (true)
        {
            var arrived = batches.WaitToReadAsync().AsTask();
            if (sequencer.IsHolding)
            {
                await Task.WhenAny(arrived, Task.Delay(SessionEventSequencer.Patience, time));
            }

            if (arrived.IsCompleted && !await arrived)
            {
                return;
            }

            while (batches.TryRead(out var batch))
            {
                await SendAsync(group, subscription.SessionId, sequencer.Accept(batch, time.GetUtcNow()));
            }

            await SendAsync(group, subscription.SessionId, sequencer.ReleaseOverdue(time.GetUtcNow()));
            if (!sequencer.IsHolding)
            {
                await arrived;
            }
        }
    }

    private async Task SendAsync(IClientProxy group, Guid sessionId, IReadOnlyList<SessionEventBatch> ready)
    {
        foreach (var batch in ready)
        {
            try
            {
                await group.SendAsync(SessionHub.EventsMethod, batch);
            }
            catch (Exception exception)
            {
                LogForwardFailed(logger, exception, sessionId);
            }
        }
    }

    private sealed class Subscription(Guid sessionId, SessionObserver observer, ISessionObserver reference)
    {
        public Guid SessionId { get; } = sessionId;
        public SessionObserver Observer { get; } = observer;
        public ISessionObserver Reference { get; } = reference;
        public int Connections { get; set; }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew the subscription to session {SessionId}")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception, Guid sessionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not forward events of session {SessionId}")]
    private static partial void LogForwardFailed(ILogger logger, Exception exception, Guid sessionId);
}
