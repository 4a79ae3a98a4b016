using System.Diagnostics;
using Hub.LoadTest.Measurement;

namespace Hub.LoadTest.Bench;

/// <summary>
/// Waits, for a while, until the machine is quiet before a scenario starts: on a shared machine a
/// build next door would otherwise be measured as the server's slowness.
/// </summary>
public static class QuietMachine
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(2);

    /// <returns>The cores busy over the last window measured, whether or not it got quiet enough.</returns>
    public static async Task<double> WaitAsync(double quietCores, TimeSpan patience, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var busy = await BusyCoresAsync(cancellationToken);
            if (busy <= quietCores || Stopwatch.GetElapsedTime(started) >= patience)
            {
                return busy;
            }
        }
    }

    private static async Task<double> BusyCoresAsync(CancellationToken cancellationToken)
    {
        var before = ProcFiles.Machine();
        await Task.Delay(Window, cancellationToken);
        var after = ProcFiles.Machine();
        var total = after.Total - before.Total;
        return total > 0 ? (after.Busy - before.Busy) / (double)total * Environment.ProcessorCount : 0;
    }
}
