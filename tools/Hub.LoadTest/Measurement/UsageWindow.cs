namespace Hub.LoadTest.Measurement;

/// <summary>What the server, the load tool itself and the whole machine used over one measured window.</summary>
public sealed record UsageWindow(ProcessUsage? Server, ProcessUsage Tool, double MachineCores, TimeSpan Elapsed);
