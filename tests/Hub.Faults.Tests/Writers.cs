namespace Hub.Faults.Tests;

/// <summary>Participants writing while a fault happens, each write's outcome recorded.</summary>
public static class Writers
{
    public static async Task PostUntilStoppedAsync(LiveParticipant participant, Outcomes<string> ideas, CancellationToken stop)
    {
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var text = $"{participant.Name}: idé {n}";
            var sentAt = DateTimeOffset.UtcNow;
            try
            {
                await participant.PostAsync(text);
                ideas.Acknowledge(text, sentAt);
            }
            catch (Exception exception)
            {
                ideas.Fail(text, exception);
                await BackOffAsync(stop);
            }
        }
    }

    /// <summary>About four votes a second each, so that budgets last through the failover.</summary>
    public static async Task VoteUntilStoppedAsync(LiveParticipant participant, List<Guid> ideaIds, int seed, Outcomes<Guid> votes, CancellationToken stop)
    {
        var random = new Random(seed);
        using var pace = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        while (await WaitAsync(pace, stop))
        {
            var ideaId = ideaIds[random.Next(ideaIds.Count)];
            var sentAt = DateTimeOffset.UtcNow;
            try
            {
                await participant.VoteAsync(ideaId);
                votes.Acknowledge(ideaId, sentAt);
            }
            catch (Exception exception)
            {
                votes.Fail(ideaId, exception);
            }
        }
    }

    /// <summary>A refused write is tried again a little later, as the reference client's user would.</summary>
    private static async Task BackOffAsync(CancellationToken stop)
    {
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), stop);
        }
        catch (OperationCanceledException)
        {
            // Stopping anyway.
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stop)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stop);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
