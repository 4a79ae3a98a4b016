namespace Hub.Grains.Sessions;

/// <summary>One per web node and session; forwards batches to that node's SignalR group.</summary>
[Alias("Hub.ISessionObserver")]
public interface ISessionObserver : IGrainObserver
{
    // One-way, so one slow or dead web node never holds up the session.
    [OneWay, Alias("OnEvents")]
    Task OnEvents(SessionEventBatch batch);
}
