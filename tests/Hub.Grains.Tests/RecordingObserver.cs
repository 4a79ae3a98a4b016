using Hub.Grains.Sessions;

namespace Hub.Grains.Tests;

/// <summary>Collects what a session publishes, and lets a test wait until what it expects has arrived.</summary>
public sealed class RecordingObserver : ISessionObserver
{
    private readonly List<SessionEvent> _events = [];
    private readonly List<(Func<IReadOnlyList<SessionEvent>, bool> Condition, TaskCompletionSource Signal)> _waiters = [];

    public Guid? Epoch { get; private set; }

    public IReadOnlyList<SessionEvent> Events
    {
        get
        {
            lock (_events)
            {
                return [.. _events];
            }
        }
    }

    public Task OnEvents(SessionEventBatch batch)
    {
        lock (_events)
        {
            Epoch = batch.Epoch;
            _events.AddRange(batch.Events);
            foreach (var waiter in _waiters.Where(w => w.Condition(_events)).ToArray())
            {
                waiter.Signal.TrySetResult();
                _waiters.Remove(waiter);
            }
        }

        return Task.CompletedTask;
    }

    public async Task WaitUntilAsync(Func<IReadOnlyList<SessionEvent>, bool> condition, string what)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_events)
        {
            if (condition(_events))
            {
                return;
            }

            _waiters.Add((condition, signal));
        }

        try
        {
            await signal.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Waited 10 s for {what}; got {string.Join(", ", Events.Select(e => $"{e.Seq}:{e.GetType().Name}"))}.");
        }
    }
}
