namespace Hub.Grains.Tests;

/// <summary>
/// For what happens by itself at a time (a reminder at a deadline): reads the value until it is
/// the expected one or the time is up, and returns what it read last.
/// </summary>
public static class Eventually
{
    public static async Task<T> ReachesAsync<T>(Func<Task<T>> read, T expected, TimeSpan within)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        var deadline = DateTimeOffset.UtcNow + within;
        var value = await read();
        while (!EqualityComparer<T>.Default.Equals(value, expected) && DateTimeOffset.UtcNow < deadline && await timer.WaitForNextTickAsync())
        {
            value = await read();
        }

        return value;
    }
}
