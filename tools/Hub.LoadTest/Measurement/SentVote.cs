namespace Hub.LoadTest.Measurement;

/// <summary>A vote the server acknowledged (Stopwatch ticks).</summary>
public sealed record SentVote(Guid IdeaId, int Voter, long SentAt, long AckedAt);
