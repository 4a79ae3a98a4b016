using System.Collections.Concurrent;
using Hub.Grains.Sessions;
using Microsoft.AspNetCore.SignalR;

namespace Hub.Web.Sessions;

/// <summary>
/// This web node's subscriptions: exactly one per session that has connections here, however many
/// connections that is. A refresh loop renews each before the grain forgets it.
/// </summary>
public sealed partial class SessionFanout(
    IGrainFactory grains,
    IHubContext<SessionHub> hub,
    TimeProvider time,
    ILogger<SessionFanout> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<Guid, SessionSubscription> _subscriptions = new();
    private readonly ConcurrentDictionary<string, (Guid SessionId, Guid? ParticipantId)> _connections = new();

    public int SubscriptionCount => _subscriptions.Count;

    /// <summary>Puts the connection in the session's group, counts its participant as present, and makes sure this node is subscribed.</summary>
    public async Task AttachAsync(string connectionId, Guid sessionId, Guid? participantId, CancellationToken cancellationToken)
    {
        await DetachAsync(connectionId);
        while (true)
        {
            var subscription = _subscriptions.GetOrAdd(sessionId, id => new SessionSubscription(id, grains, hub, time, logger));
            if (await subscription.TryAddAsync(connectionId, participantId, cancellationToken))
            {
                _connections[connectionId] = (sessionId, participantId);
                return;
            }

            // It closed between lookup and use; a fresh one takes its place.
            _subscriptions.TryRemove(new KeyValuePair<Guid, SessionSubscription>(sessionId, subscription));
        }
    }

    public async Task DetachAsync(string connectionId)
    {
        if (_connections.TryRemove(connectionId, out var connection)
            && _subscriptions.TryGetValue(connection.SessionId, out var subscription)
            && await subscription.RemoveAsync(connectionId, connection.ParticipantId))
        {
            _subscriptions.TryRemove(new KeyValuePair<Guid, SessionSubscription>(connection.SessionId, subscription));
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SessionRenewal.Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var subscription in _subscriptions.Values)
            {
                try
                {
                    await subscription.RenewAsync();
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    LogRenewFailed(logger, exception, subscription.SessionId);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew the subscription to session {SessionId}")]
    private static partial void LogRenewFailed(ILogger logger, Exception exception, Guid sessionId);
}
