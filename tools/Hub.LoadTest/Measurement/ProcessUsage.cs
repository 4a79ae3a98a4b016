namespace Hub.LoadTest.Measurement;

/// <summary>One process over a measured window.</summary>
/// <param name="AverageCores">CPU time over wall time: 1.0 is one core busy all the time.</param>
/// <param name="PeakCores">The same over the busiest second of the window.</param>
/// <param name="PeakRssBytes">The highest resident memory sampled in the window.</param>
/// <param name="LifetimePeakRssBytes">The kernel's high-water mark (VmHWM) over the process's whole life.</param>
/// <param name="StoredBytes">Written to storage in the window (a local database's files; zero when the database is another process).</param>
public sealed record ProcessUsage(double AverageCores, double PeakCores, long PeakRssBytes, long EndRssBytes, long LifetimePeakRssBytes, long StoredBytes);
