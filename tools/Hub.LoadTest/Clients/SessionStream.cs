using Hub.LoadTest.Protocol;

namespace Hub.LoadTest.Clients;

/// <summary>
/// One participant's copy of a session's event stream, kept by the rules of docs/protocol.md §5:
/// snapshots replace, batches apply in seq order, a gap or another epoch asks for a catch-up, and
/// batches that arrive while a binding or catch-up call is pending wait for its answer. Besides
/// applying the stream it checks it: each connection's live events must be numbered one after another.
/// </summary>
public sealed class SessionStream(IdeaArrivals arrivals, VoteTotals? votes)
{
    private readonly Lock _lock = new();
    private readonly List<WireBatch> _buffered = [];
    private Guid? _epoch;
    private long _seq;
    private bool _pending;
    private int _connection;
    private Guid? _liveEpoch;
    private long _liveSeq;

    public StreamCounters Counters { get; } = new();

    public IdeaArrivals Arrivals => arrivals;

    public VoteTotals? Votes => votes;

    /// <summary>A new connection is about to bind: its live stream is checked from scratch.</summary>
    /// <returns>The epoch and seq to pass to the binding call.</returns>
    public (int Connection, CatchUpRequest Position) BeginBind()
    {
        lock (_lock)
        {
            _pending = true;
            _connection++;
            _liveEpoch = null;
            _liveSeq = 0;
            return (_connection, new CatchUpRequest(_epoch ?? Guid.Empty, _seq));
        }
    }

    /// <summary>A batch pushed by the server on connection <paramref name="connection"/>.</summary>
    /// <returns>A catch-up the caller must make, if any.</returns>
    public CatchUpRequest? OnLive(WireBatch batch, int connection)
    {
        var now = IdeaArrivals.Now();
        lock (_lock)
        {
            if (connection == _connection)
            {
                CheckLiveOrder(batch);
            }

            if (_pending || _epoch is null)
            {
                _buffered.Add(batch);
                return null;
            }

            return Apply(batch, now) ? null : StartCatchUp();
        }
    }

    /// <summary>Applies the answer of a binding or CatchUp call, then what was buffered meanwhile.</summary>
    public CatchUpRequest? Complete(WireCatchUp answer)
    {
        var now = IdeaArrivals.Now();
        lock (_lock)
        {
            _pending = false;
            if (answer.Snapshot is { } snapshot)
            {
                ApplySnapshot(snapshot, now);
            }
            else if (answer.Events is { } events && !Apply(events, now))
            {
                return StartCatchUp();
            }

            var buffered = _buffered.ToArray();
            _buffered.Clear();
            for (var i = 0; i < buffered.Length; i++)
            {
                if (!Apply(buffered[i], now))
                {
                    // The catch-up covers the rest; keep them for after its answer all the same.
                    _buffered.AddRange(buffered.AsSpan(i + 1));
                    return StartCatchUp();
                }
            }

            return null;
        }
    }

    public void CatchUpFailed(int connection)
    {
        lock (_lock)
        {
            Counters.CatchUpFailures++;
            if (connection == _connection)
            {
                _pending = false;
            }
        }
    }

    private CatchUpRequest StartCatchUp()
    {
        _pending = true;
        return new CatchUpRequest(_epoch ?? Guid.Empty, _seq);
    }

    private void CheckLiveOrder(WireBatch batch)
    {
        if (batch.Epoch != _liveEpoch)
        {
            _liveEpoch = batch.Epoch;
            _liveSeq = 0;
        }

        foreach (var sessionEvent in batch.Events)
        {
            if (_liveSeq != 0 && sessionEvent.Seq != _liveSeq + 1)
            {
                if (sessionEvent.Seq <= _liveSeq)
                {
                    Counters.LiveOutOfOrder++;
                }
                else
                {
                    Counters.LiveGaps++;
                }
            }

            _liveSeq = Math.Max(_liveSeq, sessionEvent.Seq);
        }
    }

    /// <returns>False when the batch cannot be applied without a catch-up first.</returns>
    private bool Apply(WireBatch batch, long now)
    {
        if (batch.Epoch != _epoch)
        {
            Counters.EpochChanges++;
            return false;
        }

        foreach (var sessionEvent in batch.Events)
        {
            if (sessionEvent.Seq <= _seq)
            {
                continue;
            }

            if (sessionEvent.Seq > _seq + 1)
            {
                Counters.GapCatchUps++;
                return false;
            }

            ApplyEvent(sessionEvent, now);
            _seq = sessionEvent.Seq;
        }

        return true;
    }

    private void ApplyEvent(WireEvent sessionEvent, long now)
    {
        switch (sessionEvent.Type)
        {
            case WireEvent.IdeaPosted when sessionEvent.Idea is { } idea:
                arrivals.Announced(idea.Id, now);
                break;
            case WireEvent.VotesChanged when votes is not null && sessionEvent.Totals is { } totals:
                foreach (var (ideaId, total) in totals)
                {
                    votes.Record(ideaId, total, now);
                }

                break;
        }
    }

    private void ApplySnapshot(WireSnapshot snapshot, long now)
    {
        Counters.Snapshots++;
        _epoch = snapshot.Epoch;
        _seq = snapshot.Seq;
        foreach (var idea in snapshot.Ideas)
        {
            arrivals.InSnapshot(idea.Id, now);
            votes?.Record(idea.Id, idea.Votes, now);
        }
    }
}
