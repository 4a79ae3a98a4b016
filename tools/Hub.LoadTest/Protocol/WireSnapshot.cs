namespace Hub.LoadTest.Protocol;

/// <summary>The parts of a <c>SessionSnapshot</c> the load tool needs.</summary>
public sealed record WireSnapshot(Guid SessionId, Guid Epoch, long Seq, string? Phase, WireIdea[] Ideas);
