using System.Collections.Concurrent;
using System.Threading.Channels;
using Hub.Grains.Sessions;
using Microsoft.AspNetCore.SignalR;

namespace Hub.Web.Sessions;

/// <summary>
/// This web node's subscriptions: exactly one per session that has connections here, however many
/// connections that is. A refresh loop renews each before the grain forgets it; a session whose
/// grain calls fail is renewed at once and then after 1, 2 and 4 seconds until it answers, so
/// that its clients are back as soon as the grain is (after a silo died, or storage failed).
/// </summary>
internal sealed partial class SessionFanout(
    IGrainFactory grains,
    IHubContext<SessionHub, ISessionClient> hub,
    TimeProvider time,
    ILogger<SessionFanout> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<Guid, SessionSubscription> _subscriptions = new();
    private readonly ConcurrentDictionary<string, SessionBinding> _connections = new();
    private readonly ConcurrentDictionary<Guid, bool> _renewSoon = new();
    private readonly Channel<Guid> _urgentRenewals = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>A session that keeps failing is retried after 1, 2, 4, 4… seconds: soon, without hammering its storage.</summary>
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(4);

    /// <summary>Urgent renewals run side by side, so that one hanging call does not hold up the others.</summary>
    private const int ConcurrentUrgentRenewals = 4;

    private readonly SemaphoreSlim _urgentSlots = new(ConcurrentUrgentRenewals);
    private readonly ConcurrentDictionary<Guid, int> _failedRenewals = new();

    public int SubscriptionCount => _subscriptions.Count;

    /// <summary>Puts the connection in the session's group, counts its participant as present, and makes sure this node is subscribed.</summary>
    public async Task AttachAsync(string connectionId, SessionBinding binding, CancellationToken cancellationToken)
    {
        await DetachAsync(connectionId);
        var sessionId = binding.SessionId;
        while (true)
        {
            var subscription = _subscriptions.GetOrAdd(sessionId, id => new SessionSubscription(id, grains, hub, time, logger));
            if (await subscription.TryAddAsync(connectionId, binding.Actor.ParticipantId, binding.Role, cancellationToken))
            {
                _connections[connectionId] = binding;
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
            && await subscription.RemoveAsync(connectionId, connection.Actor.ParticipantId, connection.Role))
        {
            _subscriptions.TryRemove(new KeyValuePair<Guid, SessionSubscription>(connection.SessionId, subscription));
            _failedRenewals.TryRemove(connection.SessionId, out _);
        }
    }

    /// <summary>Asks for the session's subscription to be renewed now rather than at the next round.</summary>
    public void RenewSoon(Guid sessionId)
    {
        if (_subscriptions.ContainsKey(sessionId) && _renewSoon.TryAdd(sessionId, true))
        {
            _urgentRenewals.Writer.TryWrite(sessionId);
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(RenewEveryIntervalAsync(stoppingToken), RenewUrgentlyAsync(stoppingToken));

    private async Task RenewEveryIntervalAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SessionRenewal.Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var subscription in _subscriptions.Values)
            {
                await TryRenewAsync(subscription, stoppingToken);
            }
        }
    }

    private async Task RenewUrgentlyAsync(CancellationToken stoppingToken)
    {
        await foreach (var sessionId in _urgentRenewals.Reader.ReadAllAsync(stoppingToken))
        {
            _renewSoon.TryRemove(sessionId, out _);
            if (_subscriptions.TryGetValue(sessionId, out var subscription))
            {
                await _urgentSlots.WaitAsync(stoppingToken);
                _ = RenewInSlotAsync(subscription, stoppingToken);
            }
        }
    }

    private async Task RenewInSlotAsync(SessionSubscription subscription, CancellationToken stoppingToken)
    {
        try
        {
            await TryRenewAsync(subscription, stoppingToken);
        }
        finally
        {
            _urgentSlots.Release();
        }
    }

    private async Task TryRenewAsync(SessionSubscription subscription, CancellationToken stoppingToken)
    {
        try
        {
            await subscription.RenewAsync();
            _failedRenewals.TryRemove(subscription.SessionId, out _);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            LogRenewFailed(logger, exception, subscription.SessionId);
            var failures = _failedRenewals.AddOrUpdate(subscription.SessionId, 1, (_, count) => count + 1);
            var delay = TimeSpan.FromSeconds(Math.Min(MaxRetryDelay.TotalSeconds, Math.Pow(2, failures - 1)));
            _ = RetryAfterDelayAsync(subscription.SessionId, delay, stoppingToken);
        }
    }

    private async Task RetryAfterDelayAsync(Guid sessionId, TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, time, stoppingToken);
            RenewSoon(sessionId);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: nothing left to renew.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew the subscription to session {SessionId}")]
    private static partial void LogRenewFailed(ILogger logger, Exception exception, Guid sessionId);
}
