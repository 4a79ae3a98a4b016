using System.Collections.Concurrent;

namespace Hub.Faults.Tests;

/// <summary>
/// What participants were told about their writes: acknowledged, or failed. A failed write may
/// or may not have been saved (the answer can be lost with the process), so only those two
/// bounds are checked: everything acknowledged is there, and nothing else is but failed writes.
/// </summary>
public sealed class Outcomes<T>
    where T : notnull
{
    private readonly ConcurrentQueue<(T Write, DateTimeOffset SentAt, DateTimeOffset At)> _acknowledged = new();
    private readonly ConcurrentQueue<(T Write, string Error)> _failed = new();
    private readonly List<(Func<Outcomes<T>, bool> Condition, TaskCompletionSource Signal)> _waiters = [];

    public IReadOnlyList<T> Acknowledged => _acknowledged.Select(a => a.Write).ToArray();

    public IReadOnlyList<T> Failed => _failed.Select(f => f.Write).ToArray();

    public IReadOnlyList<string> Errors => _failed.Select(f => f.Error).Distinct().ToArray();

    /// <summary>When the first write sent after <paramref name="moment"/> was acknowledged.</summary>
    public DateTimeOffset? FirstAcknowledgedAfter(DateTimeOffset moment) =>
        _acknowledged.Where(a => a.SentAt > moment).Select(a => (DateTimeOffset?)a.At).Min();

    public void Acknowledge(T write, DateTimeOffset sentAt)
    {
        _acknowledged.Enqueue((write, sentAt, DateTimeOffset.UtcNow));
        Notify();
    }

    public void Fail(T write, Exception error)
    {
        _failed.Enqueue((write, error.Message));
        Notify();
    }

    public async Task WaitUntilAsync(Func<Outcomes<T>, bool> condition, string what)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiters)
        {
            _waiters.Add((condition, signal));
        }

        Notify();
        try
        {
            await signal.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Waited 60 s for {what}: {_acknowledged.Count} acknowledged, {_failed.Count} failed ({string.Join("; ", Errors)}).");
        }
    }

    private void Notify()
    {
        lock (_waiters)
        {
            foreach (var waiter in _waiters.Where(w => w.Condition(this)).ToArray())
            {
                waiter.Signal.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }
}
