using Hub.Grains.Sessions;

namespace Hub.Grains.Tests;

public sealed class SessionEventSequencerTests
{
    private static readonly Guid Epoch = Guid.NewGuid();
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 18, 0, 0, TimeSpan.Zero);

    private static SessionEventBatch Batch(Guid epoch, params long[] seqs) =>
        new(Guid.Empty, epoch, seqs.Select(s => (SessionEvent)new TimerChanged(s, null)).ToArray());

    private static long[] Seqs(IEnumerable<SessionEventBatch> batches) => batches.SelectMany(b => b.Events).Select(e => e.Seq).ToArray();

    [Fact]
    public void A_batch_that_overtook_its_predecessor_waits_for_it()
    {
        var sequencer = new SessionEventSequencer();

        var first = sequencer.Accept(Batch(Epoch, 1, 2), Start);
        var early = sequencer.Accept(Batch(Epoch, 5), Start);
        var late = sequencer.Accept(Batch(Epoch, 3, 4), Start);

        Assert.Equal([1, 2], Seqs(first));
        Assert.Empty(early);
        Assert.Equal([3, 4, 5], Seqs(late));
        Assert.False(sequencer.IsHolding);
    }

    [Fact]
    public void Duplicates_are_dropped()
    {
        var sequencer = new SessionEventSequencer();
        sequencer.Accept(Batch(Epoch, 1, 2), Start);

        Assert.Empty(sequencer.Accept(Batch(Epoch, 1, 2), Start));
        Assert.Equal([3], Seqs(sequencer.Accept(Batch(Epoch, 3), Start)));
    }

    [Fact]
    public void A_batch_that_never_comes_is_given_up_after_the_patience_window()
    {
        var sequencer = new SessionEventSequencer();
        sequencer.Accept(Batch(Epoch, 1), Start);
        sequencer.Accept(Batch(Epoch, 3), Start);

        Assert.Empty(sequencer.ReleaseOverdue(Start + SessionEventSequencer.Patience / 2));
        Assert.Equal([3], Seqs(sequencer.ReleaseOverdue(Start + SessionEventSequencer.Patience)));
        Assert.Equal([4], Seqs(sequencer.Accept(Batch(Epoch, 4), Start)));
    }

    [Fact]
    public void A_new_epoch_starts_the_order_afresh()
    {
        var sequencer = new SessionEventSequencer();
        sequencer.Accept(Batch(Epoch, 1, 2, 3), Start);

        Assert.Equal([1], Seqs(sequencer.Accept(Batch(Guid.NewGuid(), 1), Start)));
    }
}
