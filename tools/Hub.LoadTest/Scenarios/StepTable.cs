using Hub.LoadTest.Measurement;
using static Hub.LoadTest.Scenarios.Markdown;

namespace Hub.LoadTest.Scenarios;

/// <summary>The report's tables of paced runs: delivery and latency, then correctness and cost.</summary>
public static class StepTable
{
    public static string Delivery(IEnumerable<StepResult> steps, string what = "ideas") => Table(
        ["target", "step", $"offered {what}/s", "clients", "sent (failed)", "sending s", $"fully delivered {what}/s", "to all p50 ms", "p90", "p99", "max", "per delivery p50 ms", "p99", "answer p50 ms", "p99"],
        steps.Select(s => (IReadOnlyList<string>)
        [
            s.Target, s.Label, Number(s.OfferedRate), Number(s.Clients),
            $"{Number(s.Acknowledged)} ({Failures(s.Failures)})", Seconds(s.SendingTime),
            Number(s.Delivery.DeliveredRate),
            Ms(s.Delivery.ToAll.P50), Ms(s.Delivery.ToAll.P90), Ms(s.Delivery.ToAll.P99), Ms(s.Delivery.ToAll.Max),
            Ms(s.Delivery.PerDelivery.P50), Ms(s.Delivery.PerDelivery.P99),
            Ms(s.Delivery.Acknowledged.P50), Ms(s.Delivery.Acknowledged.P99),
        ]));

    public static string Checks(IEnumerable<StepResult> steps) => Table(
        ["target", "step", "lost", "duplicated", "out of order", "live gaps", "gap catch-ups", "snapshots", "server CPU cores (peak)", "server peak RSS MB", "clients received MB", "server stored MB", "tool CPU cores", "rest of the machine, CPU cores"],
        steps.Select(s => (IReadOnlyList<string>)
        [
            s.Target, s.Label, Number(s.Checks.Lost), Number(s.Checks.Duplicates), Number(s.Checks.OutOfOrder), Number(s.Checks.Gaps),
            Number(s.Checks.GapCatchUps), Number(s.Checks.Snapshots),
            s.Usage.Server is { } server ? $"{Cores(server.AverageCores)} ({Cores(server.PeakCores)})" : "–",
            ServerRss(s.Usage), Received(s.Usage), Stored(s.Usage), Cores(s.Usage.Tool.AverageCores), Cores(s.Usage.OtherCores),
        ]));

    public static string Reconnects(IEnumerable<StepResult> steps) => Table(
        ["target", "step", "reconnects", "caught up by events", "by snapshot", "failed", "reconnect p50 ms", "p99", "max"],
        steps.Where(s => s.Reconnects is not null).Select(s => (IReadOnlyList<string>)
        [
            s.Target, s.Label, Number(s.Reconnects!.Attempted), Number(s.Reconnects.ViaEvents), Number(s.Reconnects.ViaSnapshot), Number(s.Reconnects.Failed),
            Ms(s.Reconnects.Duration.P50), Ms(s.Reconnects.Duration.P99), Ms(s.Reconnects.Duration.Max),
        ]));

    public static bool AllClean(IEnumerable<StepResult> steps) => steps.All(s => s.Checks.Clean && s.Failures.Count == 0);

    public static string CleanSummary(IEnumerable<StepResult> steps)
    {
        var list = steps.ToArray();
        var checks = list.Aggregate(StreamChecks.Empty, (sum, s) => sum.Plus(s.Checks));
        var failed = list.Sum(s => s.Failures.Values.Sum());
        return $"{Number(checks.Lost)} lost, {Number(checks.Duplicates)} duplicated, {Number(checks.OutOfOrder)} out of order, {Number(checks.Gaps)} gaps, {Number(failed)} failed calls";
    }
}
