namespace Hub.Grains.Storage;

/// <summary>
/// Group commit for a reentrant grain: every caller applies its change in its own turn, then
/// awaits <see cref="CommitAsync"/>. One flush runs at a time; callers that arrive while it runs
/// share the next flush, so many concurrent changes cost one storage round trip.
/// </summary>
/// <remarks>Not thread-safe by design: a grain runs one turn at a time.</remarks>
internal sealed class GroupCommit(Func<Task> flush)
{
    private TaskCompletionSource? _next;
    private bool _flushing;

    public bool IsIdle => !_flushing && _next is null;

    public Task CommitAsync()
    {
        _next ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var waiter = _next.Task;
        if (!_flushing)
        {
            _ = RunAsync();
        }

        return waiter;
    }

    private async Task RunAsync()
    {
        _flushing = true;
        try
        {
            while (_next is { } batch)
            {
                // Everything changed before this point is in the state this flush writes.
                _next = null;
                try
                {
                    await flush();
                    batch.SetResult();
                }
                catch (Exception exception)
                {
                    batch.SetException(exception);
                }
            }
        }
        finally
        {
            _flushing = false;
        }
    }
}
