namespace Hub.Grains.Contributions;

/// <summary>An idea submitted to a challenge between sessions, with its comments and endorsements.</summary>
[GenerateSerializer, Immutable, Alias("Hub.ChallengeIdea")]
public sealed record ChallengeIdea(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string AuthorName,
    [property: Id(2)] string Text,
    [property: Id(3)] DateTimeOffset PostedAt,
    [property: Id(4)] int Endorsements,
    [property: Id(5)] bool Hidden,
    [property: Id(6)] IReadOnlyList<ChallengeComment> Comments);

[GenerateSerializer, Immutable, Alias("Hub.ChallengeComment")]
public sealed record ChallengeComment(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string AuthorName,
    [property: Id(2)] string Text,
    [property: Id(3)] DateTimeOffset PostedAt,
    [property: Id(4)] bool Hidden);
