namespace Hub.Grains.Sessions;

/// <summary>
/// The web nodes watching one session: one observer each, and which participants are connected
/// through it. A node that stops renewing expires, and the people connected through it with it,
/// so a dead web node neither receives events nor keeps anyone "here".
/// </summary>
internal sealed class SessionAudience(TimeProvider time, TimeSpan expiry)
{
    private readonly Dictionary<ISessionObserver, Node> _nodes = [];

    public int NodeCount => _nodes.Count;

    /// <summary>Adds or renews a node with the participants connected through it now.</summary>
    /// <returns>Whether who is present changed.</returns>
    public bool Renew(ISessionObserver observer, IReadOnlyDictionary<Guid, int> connections)
    {
        var before = Present();
        _nodes[observer] = new Node(time.GetTimestamp(), connections.Where(c => c.Value > 0).ToDictionary());
        return !before.SetEquals(Present());
    }

    public bool Remove(ISessionObserver observer)
    {
        var before = Present();
        _nodes.Remove(observer);
        return !before.SetEquals(Present());
    }

    /// <summary>Counts one more or one less connection of a participant through a node.</summary>
    /// <returns>Whether who is present changed.</returns>
    public bool SetConnected(ISessionObserver observer, Guid participantId, bool connected)
    {
        var wasPresent = IsPresent(participantId);
        if (!_nodes.TryGetValue(observer, out var node))
        {
            node = new Node(time.GetTimestamp(), []);
            _nodes.Add(observer, node);
        }

        node.Connections.TryGetValue(participantId, out var count);
        count = connected ? count + 1 : count - 1;
        if (count > 0)
        {
            node.Connections[participantId] = count;
        }
        else
        {
            node.Connections.Remove(participantId);
        }

        return wasPresent != IsPresent(participantId);
    }

    /// <summary>Drops nodes that stopped renewing.</summary>
    /// <returns>Whether who is present changed.</returns>
    public bool RemoveExpired()
    {
        var expired = _nodes.Where(n => time.GetElapsedTime(n.Value.RenewedAt) > expiry).Select(n => n.Key).ToArray();
        if (expired.Length == 0)
        {
            return false;
        }

        var before = Present();
        foreach (var observer in expired)
        {
            _nodes.Remove(observer);
        }

        return !before.SetEquals(Present());
    }

    public HashSet<Guid> Present() => _nodes.Values.SelectMany(n => n.Connections.Keys).ToHashSet();

    /// <summary>Sends a batch to every node without waiting for any of them (the call is one-way).</summary>
    public void Notify(SessionEventBatch batch, Action<Exception> onError)
    {
        foreach (var observer in _nodes.Keys)
        {
            try
            {
                _ = observer.OnEvents(batch);
            }
            catch (Exception exception)
            {
                onError(exception);
            }
        }
    }

    private bool IsPresent(Guid participantId) => _nodes.Values.Any(n => n.Connections.ContainsKey(participantId));

    private sealed record Node(long RenewedAt, Dictionary<Guid, int> Connections);
}
