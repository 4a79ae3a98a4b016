using System.Diagnostics;

namespace Hub.LoadTest.Measurement;

/// <summary>Percentiles of a set of latencies, in milliseconds (nearest rank).</summary>
public sealed record LatencySummary(int Count, double P50, double P90, double P99, double Max)
{
    public static LatencySummary Empty { get; } = new(0, double.NaN, double.NaN, double.NaN, double.NaN);

    /// <summary>Summarises Stopwatch tick spans; sorts the array in place.</summary>
    public static LatencySummary FromTicks(long[] ticks)
    {
        if (ticks.Length == 0)
        {
            return Empty;
        }

        Array.Sort(ticks);
        return new LatencySummary(ticks.Length, Milliseconds(ticks, 0.50), Milliseconds(ticks, 0.90), Milliseconds(ticks, 0.99), ToMilliseconds(ticks[^1]));
    }

    public static LatencySummary FromTicks(List<long> ticks) => FromTicks(ticks.ToArray());

    public static double ToMilliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    private static double Milliseconds(long[] sorted, double quantile)
    {
        var rank = (int)Math.Ceiling(quantile * sorted.Length) - 1;
        return ToMilliseconds(sorted[Math.Clamp(rank, 0, sorted.Length - 1)]);
    }
}
