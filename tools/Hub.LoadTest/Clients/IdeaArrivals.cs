using System.Diagnostics;

namespace Hub.LoadTest.Clients;

/// <summary>When each idea first reached one client, and how often it arrived as a new event.</summary>
public sealed class IdeaArrivals(DeliveryCounter counter)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, long> _firstSeen = [];
    private readonly HashSet<Guid> _announced = [];
    private long _duplicates;

    /// <summary>Ideas announced twice by events the client applied: the stream repeated a post.</summary>
    public long Duplicates
    {
        get
        {
            lock (_lock)
            {
                return _duplicates;
            }
        }
    }

    /// <summary>An applied <c>ideaPosted</c> event (or a broadcast item); each must come once.</summary>
    public void Announced(Guid ideaId, long timestamp)
    {
        lock (_lock)
        {
            if (!_announced.Add(ideaId))
            {
                _duplicates++;
            }

            See(ideaId, timestamp);
        }
    }

    /// <summary>An idea in a snapshot: the event may still follow (docs/protocol.md §5 rule 6), so it is no duplicate.</summary>
    public void InSnapshot(Guid ideaId, long timestamp)
    {
        lock (_lock)
        {
            See(ideaId, timestamp);
        }
    }

    public bool TryGet(Guid ideaId, out long timestamp)
    {
        lock (_lock)
        {
            return _firstSeen.TryGetValue(ideaId, out timestamp);
        }
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _firstSeen.Count;
            }
        }
    }

    private void See(Guid ideaId, long timestamp)
    {
        if (_firstSeen.TryAdd(ideaId, timestamp))
        {
            counter.Add();
        }
    }

    public static long Now() => Stopwatch.GetTimestamp();
}
