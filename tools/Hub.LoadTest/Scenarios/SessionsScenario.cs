using System.Diagnostics;
using Hub.LoadTest.Clients;
using Hub.LoadTest.Measurement;
using Hub.LoadTest.Protocol;
using Hub.LoadTest.Targets;
using static Hub.LoadTest.Scenarios.Markdown;

namespace Hub.LoadTest.Scenarios;

/// <summary>Many sessions of a few dozen participants each with light traffic: what the Hub holds in memory.</summary>
public static class SessionsScenario
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    public static async Task<ScenarioResult> RunAsync(ScenarioOptions options, ScenarioTargets targets, TextWriter log, CancellationToken cancellationToken)
    {
        var hub = targets.Hub ?? throw new InvalidOperationException($"{options.Name} runs against the Hub only.");
        var sessions = new List<HubSession>();
        for (var i = 0; i < options.Sessions; i++)
        {
            sessions.Add(await hub.OpenSessionAsync($"{options.Name} #{i + 1}", WireSettings.Generous, "Ideate", cancellationToken));
        }

        hub.Usage.Mark();
        var counter = new DeliveryCounter();
        var joining = Stopwatch.GetTimestamp();
        var all = await Joining.ManyAsync(options.Sessions * options.Participants, 0,
            (index, token) => sessions[index / options.Participants].JoinOneAsync(index, counter, trackVotes: false, token), cancellationToken);
        var joinTime = Stopwatch.GetElapsedTime(joining);
        var joinUsage = hub.Usage.Measure();
        log.WriteLine($"  Hub      {Number(all.Count)} joined {Number(sessions.Count)} sessions in {Seconds(joinTime)} s");
        try
        {
            await Task.Delay(Settle, cancellationToken);
            IReadOnlyList<IReadOnlyList<IIdeaClient>> audiences = all.Chunk(options.Participants).Select(c => (IReadOnlyList<IIdeaClient>)c).ToArray();
            var rate = options.IdeaRates[0];
            var (step, _) = await IdeaRun.RunAsync(
                new IdeaRun.Plan(hub.Name, "light traffic", rate, Pacer.CountFor(rate, options.StepDuration), audiences, audiences, counter, hub.Usage), null, cancellationToken);
            log.WriteLine($"  Hub      traffic: delivered {Number(step.Delivery.DeliveredRate)}/s, to all p99 {Ms(step.Delivery.ToAll.P99)} ms, {IdeasScenario.TextChecks(step)}");
            return Result(options, step, joinTime, joinUsage);
        }
        finally
        {
            await IdeaRun.DisposeAllAsync(all);
        }
    }

    private static ScenarioResult Result(ScenarioOptions options, StepResult step, TimeSpan joinTime, UsageWindow joinUsage)
    {
        var peak = new[] { joinUsage.Server, step.Usage.Server }.OfType<ProcessUsage>().Select(u => Math.Max(u.PeakRssBytes, u.LifetimePeakRssBytes)).DefaultIfEmpty(0).Max();
        var checks = new List<TargetCheck>
        {
            new(options.Name, $"server peak RSS with {Number(step.Clients)} participants in {Number(options.Sessions)} sessions", "≤ 1 GB",
                peak > 0 ? $"{Megabytes(peak)} MB" : "no server pid", peak > 0 ? peak <= 1024L * 1024 * 1024 : null),
            new(options.Name, "every idea to every participant of its session exactly once, in order", "0 lost, 0 duplicated, 0 out of order", StepTable.CleanSummary([step]), StepTable.AllClean([step])),
        };

        var text = new System.Text.StringBuilder();
        text.AppendLine($"{Number(options.Sessions)} sessions of {Number(options.Participants)} participants ({Number(options.Sessions * options.Participants)} connections), all in Ideate; then {Number(step.OfferedRate / options.Sessions)} idea/s per session ({Number(step.OfferedRate)}/s in all) for {options.StepDuration.TotalSeconds:0} s.");
        text.AppendLine($"Joining took {Seconds(joinTime)} s ({Number(step.Clients / joinTime.TotalSeconds)} joins/s, {Joining.Parallelism} at a time); the server used {Server(joinUsage)} cores on average meanwhile, peaked at {ServerRss(joinUsage)} MB and stored {Stored(joinUsage)} MB, and the clients received {Received(joinUsage)} MB.");
        text.AppendLine($"Server peak RSS is the kernel's high-water mark for the whole process (VmHWM), so it includes start-up and joining: {(peak > 0 ? Megabytes(peak) + " MB" : "–")}.");
        text.AppendLine();
        text.AppendLine(StepTable.Delivery([step]));
        text.AppendLine(StepTable.Checks([step]));
        return new ScenarioResult(options.Name, checks, text.ToString(), ScenarioResult.MostOther([step]));
    }
}
