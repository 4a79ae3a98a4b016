using Hub.LoadTest.Clients;

namespace Hub.LoadTest.Measurement;

/// <summary>
/// The correctness figures of a run, summed over its clients: each should be zero except the
/// counts of catch-ups and snapshots, which tell how clients recovered.
/// </summary>
public sealed record StreamChecks(long Lost, long Duplicates, long OutOfOrder, long Gaps, long GapCatchUps, long EpochChanges, long Snapshots, long CatchUpFailures)
{
    public static StreamChecks Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    public bool Clean => Lost == 0 && Duplicates == 0 && OutOfOrder == 0 && Gaps == 0;

    public static StreamChecks From(IEnumerable<IIdeaClient> clients, long lost)
    {
        long duplicates = 0, outOfOrder = 0, gaps = 0, gapCatchUps = 0, epochs = 0, snapshots = 0, failures = 0;
        foreach (var client in clients)
        {
            duplicates += client.Arrivals.Duplicates;
            if (client is HubParticipant participant)
            {
                var counters = participant.Stream.Counters;
                outOfOrder += counters.LiveOutOfOrder;
                gaps += counters.LiveGaps;
                gapCatchUps += counters.GapCatchUps;
                epochs += counters.EpochChanges;
                snapshots += counters.Snapshots;
                failures += counters.CatchUpFailures;
            }
        }

        return new StreamChecks(lost, duplicates, outOfOrder, gaps, gapCatchUps, epochs, snapshots, failures);
    }

    public StreamChecks Plus(StreamChecks other) => new(
        Lost + other.Lost, Duplicates + other.Duplicates, OutOfOrder + other.OutOfOrder, Gaps + other.Gaps,
        GapCatchUps + other.GapCatchUps, EpochChanges + other.EpochChanges, Snapshots + other.Snapshots, CatchUpFailures + other.CatchUpFailures);
}
