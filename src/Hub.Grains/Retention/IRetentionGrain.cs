namespace Hub.Grains.Retention;

/// <summary>The clean-up (a single grain, key 0), woken by a reminder so that it runs after restarts too.</summary>
[Alias("Hub.IRetentionGrain")]
public interface IRetentionGrain : IGrainWithIntegerKey
{
    /// <summary>Registers the reminder; every silo calls it at start, and once is enough.</summary>
    [Alias("Start")]
    Task Start();

    /// <summary>Removes what is older than the configured ages as of <paramref name="now"/>.</summary>
    [Alias("Run")]
    Task<RetentionReport> Run(DateTimeOffset now);
}
