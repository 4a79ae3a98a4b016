using System.Text.Json.Serialization;
using System.Threading.Channels;
using Hub.Grains.Sessions;
using Hub.Web.Sessions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Faults.Tests;

/// <summary>
/// A participant's connection that follows docs/protocol.md as the reference client does: it
/// reconnects by itself, binds again with Rejoin, applies catch-up, fills gaps and drops what it
/// has seen. It records anything the protocol promises never happens: an idea shown twice.
/// </summary>
public sealed class LiveParticipant : IAsyncDisposable
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(60);

    private readonly HubConnection _connection;
    private readonly Channel<SessionEventBatch> _batches = Channel.CreateUnbounded<SessionEventBatch>();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<Guid, string> _ideas = [];
    private readonly List<Guid> _ideaOrder = [];
    private readonly Dictionary<Guid, int> _totals = [];
    private readonly List<string> _violations = [];
    private readonly List<(Func<LiveParticipant, bool> Condition, TaskCompletionSource Signal)> _waiters = [];
    private readonly Task _applying;
    private string _token = "";
    private Guid _epoch;
    private long _seq;

    private LiveParticipant(HubConnection connection, string name)
    {
        _connection = connection;
        Name = name;
        connection.On<SessionEventBatch>(SessionHub.EventsMethod, batch => _batches.Writer.TryWrite(batch));
        connection.Reconnected += _ => RebindAsync();
        // Hub calls are made outside the receive handler: the client reads their answers on the same loop.
        _applying = Task.Run(ApplyBatchesAsync);
    }

    public string Name { get; }

    public Guid Epoch => Locked(() => _epoch);

    /// <summary>When this participant last loaded a snapshot of a new epoch.</summary>
    public DateTimeOffset? NewEpochAt { get; private set; }

    public IReadOnlyDictionary<Guid, string> Ideas => Locked(() => new Dictionary<Guid, string>(_ideas));

    /// <summary>The ideas in the order this participant was shown them.</summary>
    public IReadOnlyList<Guid> IdeaOrder => Locked(() => _ideaOrder.ToArray());

    public IReadOnlyDictionary<Guid, int> VoteTotals => Locked(() => new Dictionary<Guid, int>(_totals));

    public IReadOnlyList<string> Violations => Locked(() => _violations.ToArray());

    public static async Task<LiveParticipant> JoinAsync(Uri root, string code, string name)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(root, SessionHub.Path), options =>
            {
                options.SkipNegotiation = true;
                options.Transports = HttpTransportType.WebSockets;
            })
            .WithAutomaticReconnect(new KeepTrying())
            .AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .Build();
        var participant = new LiveParticipant(connection, name);
        await connection.StartAsync();
        var joined = await connection.InvokeAsync<JoinResult>(nameof(SessionHub.Join), code, name);
        participant._token = joined.Token;
        await participant.WithGateAsync(() => participant.Load(joined.Snapshot));
        return participant;
    }

    public Task<IdeaView> PostAsync(string text) => _connection.InvokeAsync<IdeaView>(nameof(SessionHub.PostIdea), text, Guid.NewGuid());

    public Task<VoteReceipt> VoteAsync(Guid ideaId) => _connection.InvokeAsync<VoteReceipt>(nameof(SessionHub.CastVote), ideaId, Guid.NewGuid());

    /// <summary>Completes once the condition holds for what this participant shows.</summary>
    public async Task WaitUntilAsync(Func<LiveParticipant, bool> condition, string what)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiters)
        {
            _waiters.Add((condition, signal));
        }

        Notify();
        try
        {
            await signal.Task.WaitAsync(WaitLimit);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"{Name} waited {WaitLimit.TotalSeconds} s for {what}; it shows {Ideas.Count} ideas in epoch {Epoch}.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        _batches.Writer.TryComplete();
        await _applying;
    }

    private async Task ApplyBatchesAsync()
    {
        await foreach (var batch in _batches.Reader.ReadAllAsync())
        {
            await WithGateAsync(async () =>
            {
                if (batch.Epoch != _epoch)
                {
                    await CatchUpAsync(() => _connection.InvokeAsync<SessionCatchUp>(nameof(SessionHub.CatchUp), _epoch, _seq));
                    return;
                }

                foreach (var sessionEvent in batch.Events)
                {
                    if (sessionEvent.Seq <= _seq)
                    {
                        continue;
                    }

                    if (sessionEvent.Seq > _seq + 1)
                    {
                        await CatchUpAsync(() => _connection.InvokeAsync<SessionCatchUp>(nameof(SessionHub.CatchUp), _epoch, _seq));
                        continue;
                    }

                    Apply(sessionEvent);
                }
            });
        }
    }

    private Task RebindAsync() =>
        WithGateAsync(() => CatchUpAsync(() => _connection.InvokeAsync<SessionCatchUp>(nameof(SessionHub.Rejoin), _token, _epoch, _seq)));

    /// <summary>Asks until the Hub answers: while the session's grain is away, calls fail and are retried.</summary>
    private async Task CatchUpAsync(Func<Task<SessionCatchUp>> call)
    {
        while (_connection.State == HubConnectionState.Connected)
        {
            try
            {
                var catchUp = await call();
                if (catchUp.Snapshot is { } snapshot)
                {
                    Load(snapshot);
                }
                else
                {
                    foreach (var sessionEvent in catchUp.Events!.Events.Where(e => e.Seq > _seq))
                    {
                        Apply(sessionEvent);
                    }
                }

                return;
            }
            catch (HubException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250));
            }
        }
    }

    private void Load(SessionSnapshot snapshot)
    {
        lock (_ideas)
        {
            if (_epoch != Guid.Empty && snapshot.Epoch != _epoch)
            {
                NewEpochAt = DateTimeOffset.UtcNow;
            }

            _epoch = snapshot.Epoch;
            _seq = snapshot.Seq;
            _ideas.Clear();
            _ideaOrder.Clear();
            _totals.Clear();
            foreach (var idea in snapshot.Ideas)
            {
                _ideas.Add(idea.Id, idea.Text);
                _ideaOrder.Add(idea.Id);
                _totals[idea.Id] = idea.Votes;
            }
        }
    }

    private void Apply(SessionEvent sessionEvent)
    {
        lock (_ideas)
        {
            _seq = sessionEvent.Seq;
            switch (sessionEvent)
            {
                case IdeaPosted posted when !_ideas.TryAdd(posted.Idea.Id, posted.Idea.Text):
                    _violations.Add($"idea {posted.Idea.Text} shown twice (seq {posted.Seq})");
                    break;
                case IdeaPosted posted:
                    _ideaOrder.Add(posted.Idea.Id);
                    break;
                case VotesChanged votes:
                    foreach (var (ideaId, total) in votes.Totals)
                    {
                        _totals[ideaId] = total;
                    }

                    break;
            }
        }
    }

    private async Task WithGateAsync(Func<Task> work)
    {
        await _gate.WaitAsync();
        try
        {
            await work();
        }
        finally
        {
            _gate.Release();
            Notify();
        }
    }

    private Task WithGateAsync(Action work) => WithGateAsync(() =>
    {
        work();
        return Task.CompletedTask;
    });

    private void Notify()
    {
        lock (_waiters)
        {
            foreach (var waiter in _waiters.Where(w => w.Condition(this)).ToArray())
            {
                waiter.Signal.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    private T Locked<T>(Func<T> read)
    {
        lock (_ideas)
        {
            return read();
        }
    }

    /// <summary>Reconnects every half second for as long as it takes, like a phone left open on the page.</summary>
    private sealed class KeepTrying : IRetryPolicy
    {
        public TimeSpan? NextRetryDelay(RetryContext retryContext) => TimeSpan.FromMilliseconds(500);
    }
}
