namespace Hub.LoadTest.Protocol;

/// <summary>The parts of an <c>IdeaView</c> the load tool needs.</summary>
public sealed record WireIdea(Guid Id, string? Text, int Votes);
