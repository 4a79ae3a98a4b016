using Hub.Grains.Sessions;
using Hub.Web.Sessions;
using Microsoft.AspNetCore.SignalR.Client;

namespace Hub.Web.Tests;

/// <summary>
/// One participant's, moderator's or display's connection, recording every event it receives
/// in arrival order, and letting a test wait for what it expects.
/// </summary>
public sealed class SessionClient : IAsyncDisposable
{
    private readonly List<SessionEvent> _received = [];
    private readonly List<(Func<IReadOnlyList<SessionEvent>, bool> Condition, TaskCompletionSource Signal)> _waiters = [];

    private readonly TaskCompletionSource _removed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SessionClient(HubConnection connection)
    {
        Connection = connection;
        connection.On<SessionEventBatch>(SessionHub.EventsMethod, Receive);
        connection.On(SessionHub.RemovedMethod, () => _removed.TrySetResult());
    }

    /// <summary>Completes when the Hub tells this connection that a moderator removed its participant.</summary>
    public Task Removed => _removed.Task.WaitAsync(TimeSpan.FromSeconds(30));

    public HubConnection Connection { get; }

    public Guid Epoch { get; private set; }

    public string? Token { get; private set; }

    public IReadOnlyList<SessionEvent> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    public long LastSeq => Received is [.., var last] ? last.Seq : 0;

    public async Task<SessionSnapshot> JoinAsync(string code, string name)
    {
        var result = await Connection.InvokeAsync<JoinResult>(nameof(SessionHub.Join), code, name);
        Token = result.Token;
        Epoch = result.Snapshot.Epoch;
        return result.Snapshot;
    }

    public async Task<SessionCatchUp> ModerateAsync(Guid sessionId)
    {
        var catchUp = await Connection.InvokeAsync<SessionCatchUp>(nameof(SessionHub.Moderate), sessionId, null, 0L);
        Epoch = catchUp.Snapshot!.Epoch;
        return catchUp;
    }

    public async Task<SessionCatchUp> RejoinAsync(string token, Guid epoch, long afterSeq)
    {
        var catchUp = await Connection.InvokeAsync<SessionCatchUp>(nameof(SessionHub.Rejoin), token, epoch, afterSeq);
        Token = token;
        return catchUp;
    }

    /// <summary>Waits for a batch of an epoch other than <paramref name="current"/>: the session was loaded anew.</summary>
    public async Task<Guid> WaitForNewEpochAsync(Guid current)
    {
        await WaitUntilAsync(_ => Epoch != current, "a batch of a new epoch");
        return Epoch;
    }

    public async Task WaitUntilAsync(Func<IReadOnlyList<SessionEvent>, bool> condition, string what)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_received)
        {
            if (condition(_received))
            {
                return;
            }

            _waiters.Add((condition, signal));
        }

        try
        {
            await signal.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Waited 30 s for {what}; received {string.Join(", ", Received.Select(e => $"{e.Seq}:{e.GetType().Name}"))}.");
        }
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();

    private void Receive(SessionEventBatch batch)
    {
        lock (_received)
        {
            Epoch = batch.Epoch;
            _received.AddRange(batch.Events);
            foreach (var waiter in _waiters.Where(w => w.Condition(_received)).ToArray())
            {
                waiter.Signal.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }
}
