using Hub.LoadTest.Clients;
using Hub.LoadTest.Measurement;
using Hub.LoadTest.Targets;
using static Hub.LoadTest.Scenarios.Markdown;

namespace Hub.LoadTest.Scenarios;

/// <summary>
/// Participants of one session post ideas at each rate in turn, every step in a fresh session with
/// fresh connections; the same steps run against the baseline when it is given.
/// </summary>
public static class IdeasScenario
{
    /// <summary>Time for the join's presence updates to die down before measuring.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1);

    /// <summary>Long enough for the Hub to write its first snapshot, so that the first step measures a server that has been running.</summary>
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    public static async Task<ScenarioResult> RunAsync(ScenarioOptions options, ScenarioTargets targets, TextWriter log, CancellationToken cancellationToken)
    {
        var steps = new List<StepResult>();
        foreach (var target in targets.All)
        {
            if (options.WarmUp)
            {
                var rate = Math.Min(200, options.IdeaRates[0]);
                await RunStepAsync(target, options, "warm-up", rate, Pacer.CountFor(rate, WarmUp), cancellationToken);
            }

            foreach (var rate in options.IdeaRates)
            {
                var step = await RunStepAsync(target, options, $"{Number(rate)}/s", rate, options.IdeasPerStep(rate), cancellationToken);
                log.WriteLine($"  {target.Name,-8} {step.Label,10}: delivered {Number(step.Delivery.DeliveredRate)}/s, to all p99 {Ms(step.Delivery.ToAll.P99)} ms, {TextChecks(step)}");
                steps.Add(step);
            }
        }

        return new ScenarioResult(options.Name, Checks(options, steps), Describe(options, steps), ScenarioResult.MostOther(steps));
    }

    private static async Task<StepResult> RunStepAsync(ILoadTarget target, ScenarioOptions options, string label, double rate, long count, CancellationToken cancellationToken)
    {
        var room = await target.OpenRoomAsync($"{options.Name} {label}", cancellationToken);
        var counter = new DeliveryCounter();
        var clients = await room.JoinAsync(options.Participants, 0, counter, cancellationToken);
        try
        {
            await Task.Delay(Settle, cancellationToken);
            var senderCount = Math.Clamp((int)Math.Ceiling(clients.Count * options.SenderShare), 1, clients.Count);
            var churn = clients.Skip(senderCount).OfType<HubParticipant>().ToArray();
            Func<TimeSpan, Task<ReconnectReport>>? alongside = options.ReconnectRate > 0 && churn.Length > 0
                ? duration => Reconnects.RunAsync(churn, options.ReconnectRate, duration, cancellationToken)
                : null;
            var plan = new IdeaRun.Plan(target.Name, label, rate, count, [clients], [clients.Take(senderCount).ToArray()], counter, target.Usage);
            return (await IdeaRun.RunAsync(plan, alongside, cancellationToken)).Step;
        }
        finally
        {
            await IdeaRun.DisposeAllAsync(clients);
        }
    }

    public static string TextChecks(StepResult step) =>
        $"{Number(step.Checks.Lost)} lost, {Number(step.Checks.Duplicates)} dup, {Number(step.Checks.OutOfOrder + step.Checks.Gaps)} out of order, {Failures(step.Failures)} failed";

    private static List<TargetCheck> Checks(ScenarioOptions options, List<StepResult> steps)
    {
        var checks = new List<TargetCheck>();
        var hub = steps.Where(s => s.Target == "Hub").ToArray();
        var baseline = steps.Where(s => s.Target == "Baseline").ToArray();
        if (options.Name == "ideas-50" && hub.Length > 0)
        {
            var best = MaxDelivered(hub);
            checks.Add(new TargetCheck(options.Name, "max ideas/s fully delivered to 50", "≥ 5,000/s", $"{Number(best)}/s", best >= 5_000));
            var first = hub[0];
            checks.Add(new TargetCheck(options.Name, $"p99 to all at {first.Label}", "≤ 10 ms", $"{Ms(first.Delivery.ToAll.P99)} ms", first.Delivery.ToAll.Count > 0 ? first.Delivery.ToAll.P99 <= 10 : null));
            if (baseline.Length > 0)
            {
                var ratio = best / MaxDelivered(baseline);
                checks.Add(new TargetCheck(options.Name, "Hub / baseline max throughput", "≥ 0.4", $"{Ratio(ratio)} ({Number(best)} / {Number(MaxDelivered(baseline))})", double.IsFinite(ratio) ? ratio >= 0.4 : null));
            }
        }

        if (options.ReconnectRate > 0 && hub.Length > 0)
        {
            var reconnects = hub.Sum(s => s.Reconnects?.Attempted ?? 0);
            checks.Add(new TargetCheck(options.Name, $"every idea to every participant exactly once, in order, through {Number(reconnects)} reconnects", "0 lost, 0 duplicated, 0 out of order",
                StepTable.CleanSummary(hub), StepTable.AllClean(hub)));
        }
        else
        {
            checks.Add(new TargetCheck(options.Name, "every idea to every participant exactly once, in order", "0 lost, 0 duplicated, 0 out of order", StepTable.CleanSummary(steps), StepTable.AllClean(steps)));
        }

        return checks;
    }

    /// <summary>The best rate at which every acknowledged idea reached everyone.</summary>
    private static double MaxDelivered(IEnumerable<StepResult> steps) =>
        steps.Where(s => s.Delivery.Lost == 0).Select(s => s.Delivery.DeliveredRate).DefaultIfEmpty(0).Max();

    private static string Describe(ScenarioOptions options, List<StepResult> steps)
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine($"{Number(options.Participants)} participants in one session; each step opens a fresh session (the Hub holds at most {Number(options.MaxIdeasPerSession)} ideas per session), joins fresh connections, waits {Settle.TotalSeconds:0} s, then posts at the step's rate for {options.StepDuration.TotalSeconds:0} s or until {Number(options.MaxIdeasPerSession - 100)} ideas, whichever is fewer, from {(options.SenderShare >= 1 ? "all participants in turn" : $"{options.SenderShare:P0} of the participants in turn")}.");
        if (options.ReconnectRate > 0)
        {
            text.AppendLine($"Meanwhile {Number(options.ReconnectRate)} participants per second (of those not posting) drop their connection and come back on a new one with `Rejoin` and their last epoch and seq, applying the catch-up as docs/protocol.md §5 says.");
        }

        text.AppendLine();
        text.AppendLine(StepTable.Delivery(steps));
        text.AppendLine(StepTable.Checks(steps));
        if (steps.Any(s => s.Reconnects is not null))
        {
            text.AppendLine(StepTable.Reconnects(steps));
        }

        return text.ToString();
    }
}
