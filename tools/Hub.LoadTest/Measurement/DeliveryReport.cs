namespace Hub.LoadTest.Measurement;

/// <summary>How the acknowledged ideas of one run reached their audiences.</summary>
/// <param name="DeliveredRate">Ideas that reached everyone, per second from the first send to the last arrival.</param>
/// <param name="ToAll">Per idea: from its send until the last other participant had it.</param>
/// <param name="PerDelivery">Per idea and receiving participant (the sender left out).</param>
/// <param name="Lost">(idea, participant) pairs that never arrived.</param>
/// <param name="Acknowledged">From the send until the server's answer: the server's own processing, storage included.</param>
public sealed record DeliveryReport(int FullyDelivered, double DeliveredRate, LatencySummary ToAll, LatencySummary PerDelivery, long Lost, LatencySummary Acknowledged);
