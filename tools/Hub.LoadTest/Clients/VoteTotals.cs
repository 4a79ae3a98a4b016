namespace Hub.LoadTest.Clients;

/// <summary>The vote totals one client has seen, per idea, with when each new high arrived.</summary>
public sealed class VoteTotals
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, List<VoteRise>> _rises = [];
    private readonly Dictionary<Guid, int> _current = [];

    public void Record(Guid ideaId, int total, long timestamp)
    {
        lock (_lock)
        {
            _current[ideaId] = total;
            if (!_rises.TryGetValue(ideaId, out var rises))
            {
                rises = [];
                _rises.Add(ideaId, rises);
            }

            if (rises.Count == 0 || total > rises[^1].Total)
            {
                rises.Add(new VoteRise(total, timestamp));
            }
        }
    }

    public int Current(Guid ideaId)
    {
        lock (_lock)
        {
            return _current.GetValueOrDefault(ideaId);
        }
    }

    /// <summary>When the client first saw a total of at least <paramref name="total"/>, if it has.</summary>
    public long? FirstAtLeast(Guid ideaId, int total)
    {
        lock (_lock)
        {
            if (!_rises.TryGetValue(ideaId, out var rises))
            {
                return null;
            }

            // Rises grow in both total and time, so the first match is found by bisection.
            int low = 0, high = rises.Count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (rises[middle].Total >= total)
                {
                    high = middle;
                }
                else
                {
                    low = middle + 1;
                }
            }

            return low < rises.Count ? rises[low].Timestamp : null;
        }
    }
}
