namespace Hub.LoadTest.Measurement;

/// <summary>An idea the server acknowledged: who sent it to which audience, and when (Stopwatch ticks).</summary>
public sealed record SentIdea(Guid Id, int Audience, int Sender, long SentAt, long AckedAt);
