namespace Hub.LoadTest.Measurement;

/// <summary>What the server, the load tool itself and the whole machine used over one measured window.</summary>
/// <param name="ReceivedBytes">What the tool's clients received over their WebSockets: what the server sent them.</param>
public sealed record UsageWindow(ProcessUsage? Server, ProcessUsage Tool, double MachineCores, TimeSpan Elapsed, long ReceivedBytes)
{
    /// <summary>What neither the server nor the tool used: anything else running on the machine meanwhile.</summary>
    public double OtherCores => Math.Max(0, MachineCores - Tool.AverageCores - (Server?.AverageCores ?? 0));
}
