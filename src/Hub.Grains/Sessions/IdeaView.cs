namespace Hub.Grains.Sessions;

/// <summary>An idea as clients see it. Authorship is a display name only, never an id.</summary>
[GenerateSerializer, Immutable, Alias("Hub.IdeaView")]
public sealed record IdeaView(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Text,
    [property: Id(2)] string AuthorName,
    [property: Id(3)] Guid? GroupId,
    [property: Id(4)] bool Hidden,
    [property: Id(5)] int Votes,
    [property: Id(6)] DateTimeOffset PostedAt);
