namespace Hub.Grains.Sessions;

/// <summary>
/// One durable fact about a session, as the journal stores it. Unlike <see cref="SessionEvent"/>,
/// which is what clients see, a change carries everything needed to rebuild the state: who voted,
/// who joined. <see cref="SessionState.Apply"/> is the only code that mutates the state.
/// </summary>
[GenerateSerializer, Immutable, Alias("Hub.SessionChange")]
public abstract record SessionChange
{
    [GenerateSerializer, Immutable, Alias("Hub.SessionChange.Opened")]
    public sealed record Opened([property: Id(0)] SessionInfo Info, [property: Id(1)] SessionSettings Settings) : SessionChange;

    [GenerateSerializer, Immutable, Alias("Hub.SessionChange.ParticipantJoined")]
    public sealed record ParticipantJoined(
        [property: Id(0)] Guid ParticipantId, [property: Id(1)] string DisplayName, [property: Id(2)] DateTimeOffset JoinedAt,
        [property: Id(3)] string? BrowserMark = null) : SessionChange;

    [GenerateSerializer, Immutable, Alias("Hub.SessionChange.IdeaPosted")]
    public sealed record IdeaPosted(
        [property: Id(0)] Guid IdeaId, [property: Id(1)] Guid AuthorId, [property: Id(2)] string Text, [property: Id(3)] DateTimeOffset PostedAt,
        [property: Id(4)] bool Pending = false) : SessionChange;

    [GenerateSerializer, Immutable, Alias("Hub.SessionChange.IdeaEdited")]
    public sealed record IdeaEdited([property: Id(0)] Guid IdeaId, [property: Id(1)] string Text) : SessionChange;

    [GenerateSerializer, Immutable, Alias("Hub.SessionChange.IdeaDeleted")]
    public sealed record IdeaDeleted([property: Id(0)] Guid IdeaId) : SessionChange;

    [GenerateSerializer, Immutable, Alias("Hub.SessionChange.IdeaHiddenSet")]
    public sealed record IdeaHiddenSet([property: Id(0)] Guid IdeaId, [property: Id(1)] bool Hidden) : SessionChange;

    [GenerateSerializer, Immutable, Alias("Hub.SessionChange.CommentPosted")]
    public sealed record CommentPosted(
        [property: Id(0)] Guid CommentId, [property: Id(1)] Guid IdeaId, [property: Id(2)] Guid AuthorId, [property: Id(3)] string Text,
        [property: Id(4)] DateTimeOffset PostedAt) : SessionChange;

    [GenerateSerializer, Immutable, Alias("Hub.SessionChange.CommentDeleted")]
    public sealed record CommentDeleted([property: Id(0)] Guid CommentId) : SessionChange;

    [GenerateSerializer, Immutable, Alias("Hub.SessionChange.CommentHiddenSet")]
    public sealed record CommentHiddenSet([property: Id(0)] Guid CommentId, [property: Id(1)] bool Hidden) : SessionChange;

    [GenerateSerializer, Immutable, Alias("Hub.SessionChange.GroupCreated")]
    public sealed record GroupCreated([property: Id(0)] Guid GroupId, [property: Id(1)] string Name) : SessionChange;

    [GenerateSerializer, Immutable, Alias("Hub.SessionChange.GroupRenamed")]
    public sealed record GroupRenamed([property: Id(0)] Guid GroupId, [property: Id(1)] string Name) : SessionChange;

    [GenerateSerializer, Immutable, Alias("Hub.SessionChange.IdeaGrouped")]
    public sealed record IdeaGrouped([property: Id(0)] Guid IdeaId, [property: Id(1)] Guid? GroupId) : SessionChange;

    [GenerateSerializer, Immutable, Alias("Hub.SessionChange.GroupsMerged")]
    public sealed record GroupsMerged([property: Id(0)] Guid SourceGroupId, [property: Id(1)] Guid TargetGroupId) : SessionChange;

    [GenerateSerializer, Immutable, Alias("Hub.SessionChange.PhaseSet")]
    public sealed record PhaseSet([property: Id(0)] SessionPhase Phase, [property: Id(1)] DateTimeOffset? TimerEndsAt) : SessionChange;

    [GenerateSerializer, Immutable, Alias("Hub.SessionChange.TimerSet")]
    public sealed record TimerSet([property: Id(0)] DateTimeOffset? TimerEndsAt) : SessionChange;

    [GenerateSerializer, Immutable, Alias("Hub.SessionChange.SettingsSet")]
    public sealed record SettingsSet([property: Id(0)] SessionSettings Settings) : SessionChange;

    [GenerateSerializer, Immutable, Alias("Hub.SessionChange.VoteCast")]
    public sealed record VoteCast([property: Id(0)] Guid ParticipantId, [property: Id(1)] Guid IdeaId) : SessionChange;

    [GenerateSerializer, Immutable, Alias("Hub.SessionChange.VoteRetracted")]
    public sealed record VoteRetracted([property: Id(0)] Guid ParticipantId, [property: Id(1)] Guid IdeaId) : SessionChange;

    [GenerateSerializer, Immutable, Alias("Hub.SessionChange.IdeaApproved")]
    public sealed record IdeaApproved([property: Id(0)] Guid IdeaId) : SessionChange;

    [GenerateSerializer, Immutable, Alias("Hub.SessionChange.IdeaReported")]
    public sealed record IdeaReported([property: Id(0)] Guid IdeaId, [property: Id(1)] Guid ReporterId) : SessionChange;

    /// <summary>A participant's write, remembered by its operation id so that a repeat changes nothing.</summary>
    [GenerateSerializer, Immutable, Alias("Hub.SessionChange.OperationDone")]
    public sealed record OperationDone([property: Id(0)] Guid ParticipantId, [property: Id(1)] SessionOperation Operation) : SessionChange;

    [GenerateSerializer, Immutable, Alias("Hub.SessionChange.ParticipantRemoved")]
    public sealed record ParticipantRemoved([property: Id(0)] Guid ParticipantId) : SessionChange;

    /// <summary>
    /// A participant took their contributions back: <see cref="DeletedIdeaIds"/> go, the ideas others
    /// built on stay without an author, and their comments, votes and name are gone.
    /// </summary>
    [GenerateSerializer, Immutable, Alias("Hub.SessionChange.ParticipantErased")]
    public sealed record ParticipantErased(
        [property: Id(0)] Guid ParticipantId,
        [property: Id(1)] IReadOnlyList<Guid> DeletedIdeaIds,
        [property: Id(2)] IReadOnlyList<Guid> AnonymisedIdeaIds) : SessionChange;

    [GenerateSerializer, Immutable, Alias("Hub.SessionChange.Moderated")]
    public sealed record Moderated([property: Id(0)] ModerationEntry Entry) : SessionChange;
}
