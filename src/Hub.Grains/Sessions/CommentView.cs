namespace Hub.Grains.Sessions;

/// <summary>
/// A comment on an idea as clients see it. Like an idea, it names its author by display name only,
/// and by none in an anonymous session. Hidden comments reach moderators only.
/// </summary>
[GenerateSerializer, Immutable, Alias("Hub.CommentView")]
public sealed record CommentView(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid IdeaId,
    [property: Id(2)] string Text,
    [property: Id(3)] string AuthorName,
    [property: Id(4)] DateTimeOffset PostedAt,
    [property: Id(5)] bool Hidden);
