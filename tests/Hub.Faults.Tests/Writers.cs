namespace Hub.Faults.Tests;

/// <summary>Participants writing while a fault happens, each write's outcome recorded.</summary>
public static class Writers
{
    /// <summary>Posts one idea after another, each with a text of its own.</summary>
    public static async Task PostUntilStoppedAsync(LiveParticipant participant, Outcomes<string> ideas, CancellationToken stop)
    {
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            if (!await TryAsync($"{participant.Name}: idé {n}", participant.PostAsync, ideas))
            {
                // A refused write is tried again a little later, as the reference client's user would.
                await PauseAsync(TimeSpan.FromMilliseconds(200), stop);
            }
        }
    }

    /// <summary>About four votes a second each, so that budgets last through the failover.</summary>
    public static async Task VoteUntilStoppedAsync(LiveParticipant participant, List<Guid> ideaIds, int seed, Outcomes<Guid> votes, CancellationToken stop)
    {
        var random = new Random(seed);
        while (await PauseAsync(TimeSpan.FromMilliseconds(250), stop))
        {
            await TryAsync(ideaIds[random.Next(ideaIds.Count)], participant.VoteAsync, votes);
        }
    }

    private static async Task<bool> TryAsync<T>(T write, Func<T, Task> send, Outcomes<T> outcomes)
        where T : notnull
    {
        var sentAt = DateTimeOffset.UtcNow;
        try
        {
            await send(write);
            outcomes.Acknowledge(write, sentAt);
            return true;
        }
        catch (Exception exception)
        {
            outcomes.Fail(write, exception);
            return false;
        }
    }

    /// <summary>False once stopped.</summary>
    private static async Task<bool> PauseAsync(TimeSpan pause, CancellationToken stop)
    {
        try
        {
            await Task.Delay(pause, stop);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
