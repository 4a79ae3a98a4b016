using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.SignalR;

namespace Hub.LoadTest.Measurement;

/// <summary>
/// Sends at a fixed rate whatever the server does (an open loop): item k goes out at k / rate
/// seconds, so a slow server shows up as latency and lower delivered throughput, not as a
/// politely lower offered rate.
/// </summary>
public static class Pacer
{
    public static async Task<SendOutcome<T>> RunAsync<T>(double rate, long count, Func<long, Task<T?>> send, CancellationToken cancellationToken)
        where T : class
    {
        var started = Stopwatch.GetTimestamp();
        var calls = new List<Task<T?>>((int)Math.Min(count, 1_000_000));
        var failures = new ConcurrentDictionary<string, int>();
        long next = 0;
        while (next < count)
        {
            var due = Math.Min(count, (long)(rate * Stopwatch.GetElapsedTime(started).TotalSeconds) + 1);
            for (; next < due; next++)
            {
                calls.Add(Guard(send, next, failures));
            }

            if (next < count)
            {
                await Task.Delay(1, cancellationToken);
            }
        }

        var sendingTime = Stopwatch.GetElapsedTime(started);
        var results = await Task.WhenAll(calls);
        return new SendOutcome<T>(results.OfType<T>().ToArray(), (int)count, failures, sendingTime);
    }

    /// <summary>How many items <paramref name="rate"/> per second spreads over <paramref name="duration"/>; at least one.</summary>
    public static long CountFor(double rate, TimeSpan duration) => Math.Max(1, (long)Math.Round(rate * duration.TotalSeconds));

    private static async Task<T?> Guard<T>(Func<long, Task<T?>> send, long index, ConcurrentDictionary<string, int> failures)
        where T : class
    {
        try
        {
            return await send(index);
        }
        catch (Exception exception)
        {
            failures.AddOrUpdate(ErrorCode(exception), 1, (_, n) => n + 1);
            return null;
        }
    }

    /// <summary>The stable code of a hub error (docs/protocol.md §10), or the exception's type.</summary>
    public static string ErrorCode(Exception exception)
    {
        if (exception is HubException hub)
        {
            var message = hub.Message;
            var at = message.IndexOf("HubException: ", StringComparison.Ordinal);
            var text = at >= 0 ? message[(at + "HubException: ".Length)..] : message;
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 ? text[..colon] : "hub_error";
        }

        return exception.GetType().Name;
    }
}
