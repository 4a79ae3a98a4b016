namespace Hub.Grains.Sessions;

/// <summary>
/// A live idea-jam session, keyed by its id. It is the truth for everything in the session;
/// every write is durable before the call returns. A participant's posts, comments, votes and
/// reports take an operation id the client chooses: the same id again, from a double tap or a
/// retry after a dropped connection, gets the first answer and changes nothing. An empty id asks
/// for no such memory.
/// </summary>
[Alias("Hub.ISessionGrain")]
public interface ISessionGrain : IGrainWithGuidKey
{
    [Alias("Open")]
    Task Open(OpenSession command, SessionActor actor);

    [Alias("GetInfo")]
    Task<SessionInfo?> GetInfo();

    /// <summary>
    /// Whether the account may moderate this session: a moderator or admin of the Hub, or whoever
    /// opened it while they still own its challenge. The session asks the same on every moderator call.
    /// </summary>
    [Alias("MayModerate")]
    Task<bool> MayModerate(Guid accountId);

    [Alias("GetSnapshot")]
    Task<SessionSnapshot> GetSnapshot(SessionActor viewer);

    /// <summary>Events after <paramref name="afterSeq"/> in <paramref name="epoch"/>, or a snapshot.</summary>
    [Alias("CatchUp")]
    Task<SessionCatchUp> CatchUp(SessionActor viewer, Guid epoch, long afterSeq);

    /// <summary>
    /// Joins under a display name. <paramref name="browserMark"/> identifies the browser within this
    /// session only: a browser whose participant a moderator removed is refused with
    /// <c>participant_removed</c>, under any name.
    /// </summary>
    [Alias("Join")]
    Task<JoinReceipt> Join(string displayName, string? browserMark = null);

    /// <summary>Counts a participant's connections through one web node; presence follows the count.</summary>
    [Alias("SetConnected")]
    Task SetConnected(ISessionObserver node, Guid participantId, bool connected);

    [Alias("PostIdea")]
    Task<IdeaView> PostIdea(Guid participantId, string text, Guid operationId = default);

    [Alias("EditIdea")]
    Task EditIdea(Guid participantId, Guid ideaId, string text);

    [Alias("DeleteIdea")]
    Task DeleteIdea(Guid participantId, Guid ideaId);

    [Alias("SetIdeaHidden")]
    Task SetIdeaHidden(SessionActor actor, Guid ideaId, bool hidden);

    /// <summary>A participant comments on an idea everyone sees, from Ideate until the votes are counted.</summary>
    [Alias("PostComment")]
    Task<CommentView> PostComment(Guid participantId, Guid ideaId, string text, Guid operationId = default);

    [Alias("DeleteComment")]
    Task DeleteComment(Guid participantId, Guid commentId);

    [Alias("SetCommentHidden")]
    Task SetCommentHidden(SessionActor actor, Guid commentId, bool hidden);

    [Alias("ApproveIdea")]
    Task ApproveIdea(SessionActor actor, Guid ideaId);

    [Alias("ReportIdea")]
    Task ReportIdea(Guid participantId, Guid ideaId, Guid operationId = default);

    /// <summary>Removes the author of an idea and keeps them out; moderators need not know who it is.</summary>
    [Alias("RemoveAuthor")]
    Task RemoveAuthor(SessionActor actor, Guid ideaId, bool hideIdeas);

    [Alias("ExportParticipant")]
    Task<ParticipantExport> ExportParticipant(Guid participantId);

    [Alias("EraseParticipant")]
    Task EraseParticipant(Guid participantId);

    /// <summary>
    /// Deletes the whole session (state, journal, join code) if it opened before
    /// <paramref name="openedBefore"/>; the retention clean-up calls it. True if it was deleted.
    /// </summary>
    [Alias("Purge")]
    Task<bool> Purge(DateTimeOffset openedBefore);

    [Alias("CreateGroup")]
    Task<GroupView> CreateGroup(SessionActor actor, string name);

    [Alias("RenameGroup")]
    Task RenameGroup(SessionActor actor, Guid groupId, string name);

    [Alias("GroupIdea")]
    Task GroupIdea(SessionActor actor, Guid ideaId, Guid? groupId);

    [Alias("MergeGroups")]
    Task MergeGroups(SessionActor actor, Guid sourceGroupId, Guid targetGroupId);

    [Alias("CastVote")]
    Task<VoteReceipt> CastVote(Guid participantId, Guid ideaId, Guid operationId = default);

    [Alias("RetractVote")]
    Task<VoteReceipt> RetractVote(Guid participantId, Guid ideaId, Guid operationId = default);

    [Alias("SetPhase")]
    Task SetPhase(SessionActor actor, SessionPhase phase, int? timerSeconds);

    [Alias("SetTimer")]
    Task SetTimer(SessionActor actor, int? timerSeconds);

    [Alias("UpdateSettings")]
    Task UpdateSettings(SessionActor actor, SessionSettings settings);

    /// <summary>
    /// Adds or renews a web node's observer, with the participants connected through that node;
    /// nodes renew every <see cref="SessionRenewal.Interval"/>. Returns the current epoch.
    /// </summary>
    [Alias("Subscribe")]
    Task<Guid> Subscribe(ISessionObserver observer, IReadOnlyDictionary<Guid, int> connections);

    [Alias("Unsubscribe")]
    Task Unsubscribe(ISessionObserver observer);
}
