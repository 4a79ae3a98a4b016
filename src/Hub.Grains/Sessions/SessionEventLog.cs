namespace Hub.Grains.Sessions;

/// <summary>
/// The most recent events of one epoch, for exact catch-up after a short disconnect.
/// A client further behind than the log reaches gets a snapshot instead.
/// </summary>
internal sealed class SessionEventLog(int capacity)
{
    private readonly Queue<SessionEvent> _events = new(capacity);

    public long LastSeq { get; private set; }

    public void Append(SessionEvent sessionEvent)
    {
        if (_events.Count == capacity)
        {
            _events.Dequeue();
        }

        _events.Enqueue(sessionEvent);
        LastSeq = sessionEvent.Seq;
    }

    /// <summary>The events after <paramref name="afterSeq"/>, if the log still holds all of them.</summary>
    public bool TryGetAfter(long afterSeq, out IReadOnlyList<SessionEvent> missed)
    {
        missed = [];
        if (afterSeq > LastSeq || afterSeq < 0)
        {
            return false;
        }

        if (afterSeq == LastSeq)
        {
            return true;
        }

        var firstHeld = _events.Count == 0 ? LastSeq + 1 : _events.Peek().Seq;
        if (afterSeq + 1 < firstHeld)
        {
            return false;
        }

        missed = _events.Where(e => e.Seq > afterSeq).ToArray();
        return true;
    }
}
