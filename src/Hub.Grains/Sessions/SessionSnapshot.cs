namespace Hub.Grains.Sessions;

/// <summary>
/// The whole visible state of a session at <see cref="Seq"/> in stream <see cref="Epoch"/>.
/// Hidden and pending ideas, hidden comments, report counts and the <see cref="ModerationLog"/> are
/// included only for moderators; a participant also sees their own pending ideas.
/// </summary>
[GenerateSerializer, Immutable, Alias("Hub.SessionSnapshot")]
public sealed record SessionSnapshot(
    [property: Id(0)] Guid SessionId,
    [property: Id(1)] Guid Epoch,
    [property: Id(2)] long Seq,
    [property: Id(3)] SessionInfo Info,
    [property: Id(4)] SessionPhase Phase,
    [property: Id(5)] DateTimeOffset? TimerEndsAt,
    [property: Id(6)] SessionSettings Settings,
    [property: Id(7)] IReadOnlyList<IdeaView> Ideas,
    [property: Id(8)] IReadOnlyList<GroupView> Groups,
    [property: Id(9)] PresenceView Presence,
    [property: Id(10)] YourView? You,
    [property: Id(11)] DateTimeOffset ServerTime,
    [property: Id(13)] IReadOnlyList<CommentView> Comments,
    [property: Id(12)] IReadOnlyList<ModerationEntry>? ModerationLog = null);
