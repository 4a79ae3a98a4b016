namespace Hub.Grains.Sessions;

/// <summary>
/// An idea as clients see it. Authorship is a display name only, never an id, and empty in an
/// anonymous session. <see cref="Pending"/> ideas wait for a moderator's approval;
/// <see cref="Reports"/> counts only in what moderators receive.
/// </summary>
[GenerateSerializer, Immutable, Alias("Hub.IdeaView")]
public sealed record IdeaView(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Text,
    [property: Id(2)] string AuthorName,
    [property: Id(3)] Guid? GroupId,
    [property: Id(4)] bool Hidden,
    [property: Id(5)] int Votes,
    [property: Id(6)] DateTimeOffset PostedAt,
    [property: Id(7)] bool Pending = false,
    [property: Id(8)] int Reports = 0);
