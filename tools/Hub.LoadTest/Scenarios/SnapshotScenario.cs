using System.Diagnostics;
using Hub.LoadTest.Clients;
using Hub.LoadTest.Measurement;
using Hub.LoadTest.Protocol;
using static Hub.LoadTest.Scenarios.Markdown;

namespace Hub.LoadTest.Scenarios;

/// <summary>A session full of ideas; new participants join one after another and each Join returns the whole snapshot.</summary>
public static class SnapshotScenario
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1);

    public static async Task<ScenarioResult> RunAsync(ScenarioOptions options, ScenarioTargets targets, TextWriter log, CancellationToken cancellationToken)
    {
        var hub = targets.Hub ?? throw new InvalidOperationException($"{options.Name} runs against the Hub only.");
        var session = await hub.OpenSessionAsync(options.Name, WireSettings.Generous, "Ideate", cancellationToken);
        var counter = new DeliveryCounter();
        var posters = await session.JoinParticipantsAsync(options.Participants, 0, counter, trackVotes: false, cancellationToken);
        var joined = new List<HubParticipant>();
        try
        {
            await Task.Delay(Settle, cancellationToken);
            IReadOnlyList<IIdeaClient> clients = posters;
            var rate = options.IdeaRates[0];
            var (fill, _) = await IdeaRun.RunAsync(
                new IdeaRun.Plan(hub.Name, $"posting {Number(options.SnapshotIdeas)} ideas", rate, options.SnapshotIdeas, [clients], [clients], counter, hub.Usage), null, cancellationToken);
            log.WriteLine($"  Hub      posted {Number(fill.Acknowledged)} ideas at {Number(fill.Delivery.DeliveredRate)}/s delivered");
            await Task.Delay(Settle, cancellationToken);

            hub.Usage.Mark();
            var joins = new List<long>();
            var smallest = int.MaxValue;
            for (var i = 0; i < options.SnapshotJoins; i++)
            {
                var participant = await session.ConnectAsync(options.Participants + i, counter, trackVotes: false, cancellationToken);
                joined.Add(participant);
                var (elapsed, snapshot) = await participant.JoinAsync(session.JoinCode, cancellationToken);
                joins.Add((long)(elapsed.TotalSeconds * Stopwatch.Frequency));
                smallest = Math.Min(smallest, snapshot.Ideas.Length);
            }

            var usage = hub.Usage.Measure();
            var latency = LatencySummary.FromTicks(joins);
            log.WriteLine($"  Hub      {Number(joins.Count)} joins: p50 {Ms(latency.P50)} ms, p99 {Ms(latency.P99)} ms, max {Ms(latency.Max)} ms");
            return Result(options, fill, latency, usage, smallest);
        }
        finally
        {
            await IdeaRun.DisposeAllAsync(posters.Concat(joined));
        }
    }

    private static ScenarioResult Result(ScenarioOptions options, StepResult fill, LatencySummary joins, UsageWindow usage, int smallestSnapshot)
    {
        var checks = new List<TargetCheck>
        {
            new(options.Name, $"Join p99 into a session of {Number(fill.Acknowledged)} ideas", "≤ 100 ms", $"{Ms(joins.P99)} ms", joins.Count > 0 ? joins.P99 <= 100 : null),
            new(options.Name, "every snapshot holds every idea", $"{Number(fill.Acknowledged)} ideas", $"at least {Number(smallestSnapshot)}", smallestSnapshot >= fill.Acknowledged),
        };

        var text = new System.Text.StringBuilder();
        text.AppendLine($"{Number(options.Participants)} participants post {Number(options.SnapshotIdeas)} ideas into one session; then {Number(options.SnapshotJoins)} new participants join one after another, each on a new connection, and stay. The time is that of the `Join` call alone (connecting is not counted): the server adds the participant, saves, and returns the snapshot with every idea, and the client reads it.");
        text.AppendLine();
        text.AppendLine(Table(
            ["joins", "ideas in each snapshot", "Join p50 ms", "p90", "p99", "max", "server CPU cores", "server peak RSS MB", "clients received MB", "tool CPU cores", "rest of the machine, CPU cores"],
            [[Number(joins.Count), $"≥ {Number(smallestSnapshot)}", Ms(joins.P50), Ms(joins.P90), Ms(joins.P99), Ms(joins.Max), Server(usage), ServerRss(usage), Received(usage), Cores(usage.Tool.AverageCores), Cores(usage.OtherCores)]]));
        text.AppendLine("Posting the ideas first:");
        text.AppendLine();
        text.AppendLine(StepTable.Delivery([fill]));
        return new ScenarioResult(options.Name, checks, text.ToString(), Math.Max(usage.OtherCores, ScenarioResult.MostOther([fill])));
    }
}
