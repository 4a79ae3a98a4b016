using System.Diagnostics;

namespace Hub.LoadTest.Measurement;

/// <summary>Waits for deliveries to finish: until the target is reached, or nothing new arrived for a while.</summary>
public static class Drain
{
    public static async Task<bool> UntilAsync(Func<long> progress, long target, TimeSpan patience, CancellationToken cancellationToken, int pollMilliseconds = 5)
    {
        var last = progress();
        var lastChange = Stopwatch.GetTimestamp();
        while (true)
        {
            var now = progress();
            if (now >= target)
            {
                return true;
            }

            if (now != last)
            {
                last = now;
                lastChange = Stopwatch.GetTimestamp();
            }
            else if (Stopwatch.GetElapsedTime(lastChange) > patience)
            {
                return false;
            }

            await Task.Delay(pollMilliseconds, cancellationToken);
        }
    }
}
