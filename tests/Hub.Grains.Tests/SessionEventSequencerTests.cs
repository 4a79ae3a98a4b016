using Hub.Grains.Sessions;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Grains.Tests;

public sealed class SessionEventSequencerTests
{
    private static readonly Guid Epoch = Guid.NewGuid();
    private readonly FakeTimeProvider _time = new();

    private static SessionEventBatch Batch(Guid epoch, params long[] seqs) =>
        new(Guid.Empty, epoch, seqs.Select(s => (SessionEvent)new TimerChanged(s, null)).ToArray());

    private static long[] Seqs(IEnumerable<SessionEventBatch> batches) => batches.SelectMany(b => b.Events).Select(e => e.Seq).ToArray();

    [Fact]
    public void A_batch_that_overtook_its_predecessor_waits_for_it()
    {
        var sequencer = new SessionEventSequencer(_time);

        var first = sequencer.Accept(Batch(Epoch, 1, 2));
        var early = sequencer.Accept(Batch(Epoch, 5));
        var late = sequencer.Accept(Batch(Epoch, 3, 4));

        Assert.Equal([1, 2], Seqs(first));
        Assert.Empty(early);
        Assert.Equal([3, 4, 5], Seqs(late));
        Assert.False(sequencer.IsHolding);
    }

    [Fact]
    public void Duplicates_are_dropped()
    {
        var sequencer = new SessionEventSequencer(_time);
        sequencer.Accept(Batch(Epoch, 1, 2));

        Assert.Empty(sequencer.Accept(Batch(Epoch, 1, 2)));
        Assert.Equal([3], Seqs(sequencer.Accept(Batch(Epoch, 3))));
    }

    [Fact]
    public void A_batch_that_never_comes_is_given_up_after_the_patience_window()
    {
        var sequencer = new SessionEventSequencer(_time);
        sequencer.Accept(Batch(Epoch, 1));
        sequencer.Accept(Batch(Epoch, 3));

        _time.Advance(SessionEventSequencer.Patience / 2);
        Assert.Empty(sequencer.ReleaseOverdue());
        _time.Advance(SessionEventSequencer.Patience / 2);
        Assert.Equal([3], Seqs(sequencer.ReleaseOverdue()));
        Assert.Equal([4], Seqs(sequencer.Accept(Batch(Epoch, 4))));
    }

    [Fact]
    public void A_new_epoch_starts_the_order_afresh()
    {
        var sequencer = new SessionEventSequencer(_time);
        sequencer.Accept(Batch(Epoch, 1, 2, 3));

        Assert.Equal([1], Seqs(sequencer.Accept(Batch(Guid.NewGuid(), 1))));
    }

    [Fact]
    public void A_late_batch_of_an_earlier_epoch_is_ignored()
    {
        var sequencer = new SessionEventSequencer(_time);
        var next = Guid.NewGuid();
        sequencer.Accept(Batch(Epoch, 1));
        sequencer.Accept(Batch(next, 1));
        sequencer.Accept(Batch(next, 3));

        Assert.Empty(sequencer.Accept(Batch(Epoch, 2)));
        Assert.Equal([2, 3], Seqs(sequencer.Accept(Batch(next, 2))));
    }
}
