using System.Diagnostics;
using Hub.LoadTest.Clients;
using Hub.LoadTest.Measurement;

namespace Hub.LoadTest.Scenarios;

/// <summary>
/// Posts ideas at a fixed rate into one or more audiences, waits until everything acknowledged has
/// reached everyone (or stopped arriving), and measures delivery, correctness and cost.
/// </summary>
public static class IdeaRun
{
    /// <summary>How long deliveries may stall before the run counts what is missing as lost.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    public sealed record Plan(
        string Target,
        string Label,
        double Rate,
        long Count,
        IReadOnlyList<IReadOnlyList<IIdeaClient>> Audiences,
        IReadOnlyList<IReadOnlyList<IIdeaClient>> Senders,
        DeliveryCounter Counter,
        UsageMonitor Usage);

    /// <returns>The step's figures, and the ideas the server acknowledged.</returns>
    public static async Task<(StepResult Step, IReadOnlyList<SentIdea> Sent)> RunAsync(Plan plan, Func<TimeSpan, Task<ReconnectReport>>? alongside, CancellationToken cancellationToken)
    {
        var audienceCount = plan.Audiences.Count;
        var before = plan.Counter.Delivered;
        plan.Usage.Mark();
        var sending = Pacer.RunAsync(plan.Rate, plan.Count, async k =>
        {
            var audience = (int)(k % audienceCount);
            var senders = plan.Senders[audience];
            var sender = senders[(int)(k / audienceCount % senders.Count)];
            var sentAt = Stopwatch.GetTimestamp();
            // The text carries sender, number and send time, so that any client can tell what it got.
            var id = await sender.PostAsync($"lt {sender.Index} {k} {sentAt} benches with solar chargers along the quay", cancellationToken);
            return new SentIdea(id, audience, sender.Index, sentAt, Stopwatch.GetTimestamp());
        }, cancellationToken);
        var reconnecting = alongside?.Invoke(TimeSpan.FromSeconds(plan.Count / plan.Rate));
        var outcome = await sending;
        var reconnects = reconnecting is null ? null : await reconnecting;

        var expected = outcome.Acknowledged.Sum(idea => (long)plan.Audiences[idea.Audience].Count);
        await Drain.UntilAsync(() => plan.Counter.Delivered - before, expected, Patience, cancellationToken);
        var usage = plan.Usage.Measure();

        var delivery = DeliveryAnalysis.Analyze(outcome.Acknowledged, plan.Audiences);
        var clients = plan.Audiences.SelectMany(a => a).ToArray();
        var step = new StepResult(
            plan.Target, plan.Label, plan.Rate, clients.Length, outcome.Attempted, outcome.Acknowledged.Count, outcome.Failures,
            outcome.SendingTime, delivery, StreamChecks.From(clients, delivery.Lost), usage, reconnects);
        return (step, outcome.Acknowledged);
    }

    public static async Task DisposeAllAsync(IEnumerable<IAsyncDisposable> clients)
    {
        await Parallel.ForEachAsync(clients, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (client, _) => await client.DisposeAsync());
    }
}
