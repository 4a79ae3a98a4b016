namespace Hub.LoadTest.Clients;

/// <summary>What one participant saw of the event stream that the protocol says should not happen, and how it recovered.</summary>
public sealed class StreamCounters
{
    /// <summary>A live event on one connection whose seq was not the previous one plus one, going forward.</summary>
    public long LiveGaps;

    /// <summary>A live event on one connection whose seq was not above the previous one: repeated or out of order.</summary>
    public long LiveOutOfOrder;

    /// <summary>CatchUp calls made because the applied stream had a gap (after binding this is allowed).</summary>
    public long GapCatchUps;

    /// <summary>Batches of another epoch than the one applied.</summary>
    public long EpochChanges;

    public long Snapshots;

    public long CatchUpFailures;
}
