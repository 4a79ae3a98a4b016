using Hub.LoadTest.Measurement;

namespace Hub.LoadTest.Targets;

/// <summary>A server the load tool drives: the Hub, or the bare SignalR broadcast baseline.</summary>
public interface ILoadTarget
{
    string Name { get; }

    /// <summary>Samples the server process, when its pid is known.</summary>
    UsageMonitor Usage { get; }

    /// <summary>Opens a room in which ideas can be posted now (for the Hub: a session in Ideate).</summary>
    Task<ITargetRoom> OpenRoomAsync(string title, CancellationToken cancellationToken);
}
