using System.Threading.Channels;
using Hub.Grains.Sessions;

namespace Hub.Web.Sessions;

/// <summary>
/// This node's one observer of one session. Batches queue here and go out to the session's
/// SignalR group in the order they arrived, off the Orleans thread that delivered them.
/// </summary>
internal sealed class SessionObserver : ISessionObserver
{
    private readonly Channel<SessionEventBatch> _batches = Channel.CreateUnbounded<SessionEventBatch>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<SessionEventBatch> Batches => _batches.Reader;

    public Task OnEvents(SessionEventBatch batch)
    {
        _batches.Writer.TryWrite(batch);
        return Task.CompletedTask;
    }

    public void Complete() => _batches.Writer.TryComplete();
}
