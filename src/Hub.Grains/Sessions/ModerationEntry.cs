namespace Hub.Grains.Sessions;

/// <summary>
/// One line of a session's moderation log, which only its moderators see. <see cref="Moderator"/>
/// is empty when the session acted by itself (an idea hidden after reports). <see cref="Count"/>
/// is the number of reports, or of ideas hidden with a removed participant. An entry about a
/// comment names the comment and the idea it is on, and quotes the comment.
/// </summary>
[GenerateSerializer, Immutable, Alias("Hub.ModerationEntry")]
public sealed record ModerationEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Moderator,
    [property: Id(2)] ModerationAction Action,
    [property: Id(3)] Guid? IdeaId,
    [property: Id(4)] string Excerpt,
    [property: Id(5)] int Count = 0,
    [property: Id(6)] Guid? CommentId = null);
