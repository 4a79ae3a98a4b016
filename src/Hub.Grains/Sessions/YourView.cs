namespace Hub.Grains.Sessions;

/// <summary>What only the participant it belongs to sees: own ideas, comments and votes.</summary>
[GenerateSerializer, Immutable, Alias("Hub.YourView")]
public sealed record YourView(
    [property: Id(0)] Guid ParticipantId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] IReadOnlyList<Guid> IdeaIds,
    [property: Id(3)] IReadOnlyDictionary<Guid, int> Votes,
    [property: Id(4)] int VotesLeft,
    [property: Id(5)] IReadOnlyList<Guid> CommentIds);
