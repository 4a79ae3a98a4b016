namespace Hub.LoadTest.Targets;

/// <summary>Connects many clients at once, but not all at once: a burst of thousands of handshakes measures nothing useful.</summary>
public static class Joining
{
    public const int Parallelism = 32;

    public static async Task<IReadOnlyList<T>> ManyAsync<T>(int count, int firstIndex, Func<int, CancellationToken, Task<T>> join, CancellationToken cancellationToken)
    {
        var joined = new T[count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, count),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (i, token) => joined[i] = await join(firstIndex + i, token));
        return joined;
    }
}
