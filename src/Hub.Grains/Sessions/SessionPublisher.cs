using Microsoft.Extensions.Logging;

namespace Hub.Grains.Sessions;

/// <summary>
/// Publishing to the web nodes watching a session: events wait in an outbox until the change
/// behind them is durable, get their numbers at publication, and are kept for catch-up; vote totals
/// (as saved) and presence are coalesced on a timer. Observers are notified one-way.
/// </summary>
/// <remarks>Not thread-safe by design: a grain runs one turn at a time.</remarks>
internal sealed partial class SessionPublisher
{
    private const int EventLogCapacity = 2_048;
    private static readonly TimeSpan CoalesceInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>Web nodes renew every <see cref="SessionRenewal.Interval"/>; three missed renewals and a node is gone.</summary>
    private static readonly TimeSpan NodeExpiry = SessionRenewal.Interval * 3;

    private readonly Guid _sessionId;
    private readonly ILogger _logger;
    private readonly Func<bool> _halted;
    private readonly Func<PresenceView> _presence;
    private readonly SessionAudience _audience;
    private readonly SessionEventLog _log = new(EventLogCapacity);
    private readonly HashSet<Guid> _votesChanged = [];
    private Dictionary<Guid, int> _savedVoteTotals = [];
    private List<SessionEvent> _outbox = [];
    private IGrainTimer? _coalesceTimer;
    private bool _coalesceScheduled;
    private bool _presenceChanged;

    /// <param name="halted">Whether storage failed: nothing more goes out until the session reloads.</param>
    /// <param name="presence">Who is present now, as everyone may see it.</param>
    public SessionPublisher(Guid sessionId, TimeProvider time, ILogger logger, Func<bool> halted, Func<PresenceView> presence)
    {
        _sessionId = sessionId;
        _logger = logger;
        _halted = halted;
        _presence = presence;
        _audience = new SessionAudience(time, NodeExpiry);
    }

    /// <summary>A new epoch tells every client that events from an earlier activation do not continue here.</summary>
    public Guid Epoch { get; } = Guid.NewGuid();

    /// <summary>The number of the last event published.</summary>
    public long Seq { get; private set; }

    /// <summary>The participants connected through any web node that still renews.</summary>
    public IEnumerable<Guid> Connected => _audience.Present();

    /// <summary>The timer that publishes coalesced updates; armed only when something is waiting.</summary>
    public void UseTimer(IGrainTimer timer) => _coalesceTimer = timer;

    /// <summary>Queues an event to be numbered and published once the change behind it is durable.</summary>
    public void Emit(SessionEvent sessionEvent) => _outbox.Add(sessionEvent);

    public void VotesChanged(Guid ideaId) => _votesChanged.Add(ideaId);

    public void MarkPresence(bool changed)
    {
        if (changed)
        {
            _presenceChanged = true;
            ScheduleCoalesced();
        }
    }

    /// <summary>Takes what waits for the commit that begins now; the action publishes it once that commit is durable.</summary>
    public Action<SessionState> BeginCommit()
    {
        var pending = _outbox;
        _outbox = [];
        var votedOn = _votesChanged.ToArray();
        _votesChanged.Clear();
        return published => Committed(pending, votedOn, published);
    }

    public void Renew(ISessionObserver observer, IReadOnlyDictionary<Guid, int> connections) => MarkPresence(_audience.Renew(observer, connections));

    public void Remove(ISessionObserver observer) => MarkPresence(_audience.Remove(observer));

    public void SetConnected(ISessionObserver observer, Guid participantId, bool connected) => MarkPresence(_audience.SetConnected(observer, participantId, connected));

    /// <summary>The events after <paramref name="afterSeq"/>, if <paramref name="epoch"/> is this one and the log still holds all of them.</summary>
    public bool TryGetAfter(Guid epoch, long afterSeq, out IReadOnlyList<SessionEvent> missed)
    {
        missed = [];
        return epoch == Epoch && _log.TryGetAfter(afterSeq, out missed);
    }

    public Task ExpireNodesAsync(CancellationToken _)
    {
        MarkPresence(_audience.RemoveExpired());
        return Task.CompletedTask;
    }

    /// <summary>Vote totals (as saved) and presence go out at most once per interval, however many changed.</summary>
    public Task PublishCoalescedAsync(CancellationToken _)
    {
        _coalesceScheduled = false;
        if (_halted())
        {
            return Task.CompletedTask;
        }

        List<SessionEvent> coalesced = [];
        if (_savedVoteTotals.Count > 0)
        {
            coalesced.Add(new VotesChanged(0, _savedVoteTotals));
            _savedVoteTotals = [];
        }

        if (_presenceChanged)
        {
            _presenceChanged = false;
            coalesced.Add(new PresenceChanged(0, _presence()));
        }

        Publish(coalesced);
        return Task.CompletedTask;
    }

    private void Committed(List<SessionEvent> pending, Guid[] votedOn, SessionState published)
    {
        foreach (var ideaId in votedOn)
        {
            if (published.Ideas.TryGetValue(ideaId, out var idea))
            {
                _savedVoteTotals[ideaId] = idea.Votes;
                ScheduleCoalesced();
            }
        }

        Publish(pending);
    }

    private void ScheduleCoalesced()
    {
        if (!_coalesceScheduled)
        {
            _coalesceScheduled = true;
            _coalesceTimer?.Change(CoalesceInterval, Timeout.InfiniteTimeSpan);
        }
    }

    private void Publish(List<SessionEvent> events)
    {
        if (events.Count == 0)
        {
            return;
        }

        // Numbers are given at publication so that the stream every client sees has no gaps.
        var numbered = new SessionEvent[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            numbered[i] = events[i] with { Seq = ++Seq };
            _log.Append(numbered[i]);
        }

        var batch = new SessionEventBatch(_sessionId, Epoch, numbered);
        _audience.Notify(batch, exception => LogNotifyFailed(_logger, exception, _sessionId));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not notify a web node of session {SessionId}")]
    private static partial void LogNotifyFailed(ILogger logger, Exception exception, Guid sessionId);
}
