namespace Hub.Grains.Sessions;

/// <summary>
/// Puts a session's batches back in sequence order on the receiving side. Orleans does not keep
/// one-way calls to an observer in order, so a batch may overtake the one before it; this holds
/// it back until the gap fills, or gives up after <see cref="Patience"/> and lets clients catch up.
/// Not thread-safe: one reader owns it.
/// </summary>
public sealed class SessionEventSequencer(TimeProvider time)
{
    public static readonly TimeSpan Patience = TimeSpan.FromMilliseconds(250);

    private readonly SortedDictionary<long, (SessionEventBatch Batch, long HeldSince)> _held = [];
    private readonly HashSet<Guid> _retiredEpochs = [];
    private Guid? _epoch;
    private long _next;

    public bool IsHolding => _held.Count > 0;

    /// <summary>The batches that are now in order, possibly none, possibly several.</summary>
    public IReadOnlyList<SessionEventBatch> Accept(SessionEventBatch batch)
    {
        if (batch.Events.Count == 0 || _retiredEpochs.Contains(batch.Epoch))
        {
            return [];
        }

        var first = batch.Events[0].Seq;
        if (_epoch != batch.Epoch)
        {
            // A late batch of an earlier activation must not reset the order of the current one.
            if (_epoch is { } previous)
            {
                _retiredEpochs.Add(previous);
            }

            _epoch = batch.Epoch;
            _held.Clear();
            _next = first;
        }

        if (first < _next)
        {
            return [];
        }

        if (first > _next)
        {
            _held[first] = (batch, time.GetTimestamp());
            return [];
        }

        List<SessionEventBatch> ready = [batch];
        _next = batch.Events[^1].Seq + 1;
        Drain(ready);
        return ready;
    }

    /// <summary>Releases what has waited too long for a missing batch; clients fill that gap themselves.</summary>
    public IReadOnlyList<SessionEventBatch> ReleaseOverdue()
    {
        if (_held.Count == 0 || time.GetElapsedTime(_held.Values.Min(h => h.HeldSince)) < Patience)
        {
            return [];
        }

        var (first, held) = _held.First();
        _held.Remove(first);
        List<SessionEventBatch> ready = [held.Batch];
        _next = held.Batch.Events[^1].Seq + 1;
        Drain(ready);
        return ready;
    }

    private void Drain(List<SessionEventBatch> ready)
    {
        while (_held.Count > 0)
        {
            var (first, held) = _held.First();
            if (first > _next)
            {
                return;
            }

            _held.Remove(first);
            if (first == _next)
            {
                ready.Add(held.Batch);
                _next = held.Batch.Events[^1].Seq + 1;
            }
        }
    }
}
