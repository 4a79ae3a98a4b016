namespace Hub.LoadTest.Clients;

/// <summary>
/// How many (idea, client) pairs have arrived, over all clients of one run: a run waits on this
/// one number to know when everything sent has reached everyone, instead of scanning every client.
/// </summary>
public sealed class DeliveryCounter
{
    private long _delivered;

    public long Delivered => Interlocked.Read(ref _delivered);

    public void Add() => Interlocked.Increment(ref _delivered);
}
