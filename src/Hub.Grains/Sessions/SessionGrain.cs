using Hub.Grains.Challenges;
using Hub.Grains.JoinCodes;
using Hub.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Storage;

namespace Hub.Grains.Sessions;

/// <summary>
/// One live session. Reentrant so that concurrent callers can share one storage write
/// (<see cref="GroupCommit"/>): each call validates and records its change synchronously in its
/// own turn (<see cref="SessionRules"/>), then awaits the commit; events reach observers only once
/// durable (<see cref="SessionPublisher"/>). A commit appends the changes to the journal, so its
/// cost does not grow with the session; a snapshot of the whole state is written now and then, in
/// the background, to keep replay short (<see cref="JournaledStore{TState, TChange}"/>).
/// </summary>
[Reentrant]
internal sealed class SessionGrain : Grain, ISessionGrain
{
    private const string StateName = "session";

    private readonly JournaledStore<SessionState, SessionChange> _store;
    private readonly SessionPublisher _publisher;
    private readonly SessionRules _rules;
    private readonly SessionModerators _moderators;
    private readonly TimeProvider _time;

    public SessionGrain(
        [PersistentState(StateName, StorageNames.Hub)] IPersistentState<SessionState> store,
        [FromKeyedServices(StorageNames.Hub)] IGrainStorage snapshots,
        IGrainJournal journal,
        Serializer<SessionChange[]> serializer,
        DeepCopier<SessionState> copier,
        IOptions<SessionOptions> options,
        IGrainFactory grains,
        TimeProvider time,
        ILogger<SessionGrain> logger)
    {
        _time = time;
        _publisher = new SessionPublisher(this.GetPrimaryKey(), time, logger, () => _store!.StorageFailed, Presence);
        _store = new(store, snapshots, StateName, journal, serializer, copier, this.GetGrainId(), logger, DeactivateOnIdle, _publisher.BeginCommit);
        _rules = new SessionRules(new SessionLedger(_store, _publisher), options.Value, time);
        _moderators = new SessionModerators(grains, _rules.Checks);
    }

    private SessionState State => _store.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await _store.ReplayAsync(cancellationToken);

        // Armed only when something is waiting to go out, so quiet sessions cost nothing.
        _publisher.UseTimer(this.RegisterGrainTimer(_publisher.PublishCoalescedAsync, new GrainTimerCreationOptions(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan) { Interleave = true }));
        this.RegisterGrainTimer(_publisher.ExpireNodesAsync, new GrainTimerCreationOptions(SessionRenewal.Interval, SessionRenewal.Interval) { Interleave = true });
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => _store.DrainAsync();

    public async Task Open(OpenSession command, SessionActor actor)
    {
        await _moderators.AuthoriseOpenAsync(actor, command.ChallengeId);
        _rules.Participants.Open(command, actor.ModeratorId!);
        await _store.CommitAsync();
    }

    public Task<SessionInfo?> GetInfo() => Task.FromResult(State.Info);

    public Task<bool> MayModerate(Guid accountId) => _moderators.MayModerateAsync(accountId);

    public async Task<SessionSnapshot> GetSnapshot(SessionActor viewer)
    {
        await _moderators.AuthoriseViewerAsync(viewer);
        return Snapshot(viewer);
    }

    public async Task<SessionCatchUp> CatchUp(SessionActor viewer, Guid epoch, long afterSeq)
    {
        await _moderators.AuthoriseViewerAsync(viewer);
        _rules.Checks.RequireViewer(viewer);
        return _publisher.TryGetAfter(epoch, afterSeq, out var missed)
            ? new SessionCatchUp(SessionViews.Missed(this.GetPrimaryKey(), _publisher.Epoch, missed, _store.Published, viewer), null)
            : new SessionCatchUp(null, Snapshot(viewer));
    }

    public Task<Guid> Subscribe(ISessionObserver observer, IReadOnlyDictionary<Guid, int> connections)
    {
        _rules.Checks.RequireOpen();
        _publisher.Renew(observer, connections.Where(c => State.Participants.TryGetValue(c.Key, out var participant) && !participant.IsGone).ToDictionary());
        return Task.FromResult(_publisher.Epoch);
    }

    public Task Unsubscribe(ISessionObserver observer)
    {
        _publisher.Remove(observer);
        return Task.CompletedTask;
    }

    public Task<JoinReceipt> Join(string displayName, string? browserMark) => Committed(_rules.Participants.Join(displayName, browserMark));

    public Task SetConnected(ISessionObserver node, Guid participantId, bool connected)
    {
        _rules.Checks.RequireOpen();
        _rules.Checks.RequireParticipant(participantId);
        _publisher.SetConnected(node, participantId, connected);
        return Task.CompletedTask;
    }

    public Task<IdeaView> PostIdea(Guid participantId, string text, Guid operationId) => Committed(_rules.Ideas.PostIdea(participantId, text, operationId));

    public Task EditIdea(Guid participantId, Guid ideaId, string text) => Commit(() => _rules.Ideas.EditIdea(participantId, ideaId, text));

    public Task DeleteIdea(Guid participantId, Guid ideaId) => Commit(() => _rules.Ideas.DeleteIdea(participantId, ideaId));

    public Task<VoteReceipt> CastVote(Guid participantId, Guid ideaId, Guid operationId) => Committed(_rules.Voting.CastVote(participantId, ideaId, operationId));

    public Task<VoteReceipt> RetractVote(Guid participantId, Guid ideaId, Guid operationId) => Committed(_rules.Voting.RetractVote(participantId, ideaId, operationId));

    public Task<CommentView> PostComment(Guid participantId, Guid ideaId, string text, Guid operationId) => Committed(_rules.Comments.PostComment(participantId, ideaId, text, operationId));

    public Task DeleteComment(Guid participantId, Guid commentId) => Commit(() => _rules.Comments.DeleteComment(participantId, commentId));

    public Task ReportIdea(Guid participantId, Guid ideaId, Guid operationId) => Commit(() => _rules.Moderation.ReportIdea(participantId, ideaId, operationId));

    public Task SetIdeaHidden(SessionActor actor, Guid ideaId, bool hidden) => Moderated(actor, moderator => _rules.Moderation.SetIdeaHidden(moderator, ideaId, hidden));

    public Task SetCommentHidden(SessionActor actor, Guid commentId, bool hidden) => Moderated(actor, moderator => _rules.Moderation.SetCommentHidden(moderator, commentId, hidden));

    public Task ApproveIdea(SessionActor actor, Guid ideaId) => Moderated(actor, moderator => _rules.Moderation.ApproveIdea(moderator, ideaId));

    public Task RemoveAuthor(SessionActor actor, Guid ideaId, bool hideIdeas) => Moderated(actor, moderator => _rules.Moderation.RemoveAuthor(moderator, ideaId, hideIdeas));

    public Task UpdateSettings(SessionActor actor, SessionSettings settings) => Moderated(actor, moderator => _rules.Steering.UpdateSettings(moderator, settings));

    public Task SetTimer(SessionActor actor, int? timerSeconds) => Moderated(actor, _ => _rules.Steering.SetTimer(timerSeconds));

    public async Task SetPhase(SessionActor actor, SessionPhase phase, int? timerSeconds)
    {
        await Moderated(actor, _ => _rules.Steering.SetPhase(phase, timerSeconds));
        if (phase == SessionPhase.Closed)
        {
            await GrainFactory.GetGrain<ISessionDirectoryGrain>(0).MarkClosed(this.GetPrimaryKey());
        }
    }

    public async Task<GroupView> CreateGroup(SessionActor actor, string name)
    {
        await _moderators.AuthoriseGrouperAsync(actor);
        return await Committed(_rules.Grouping.CreateGroup(actor, name));
    }

    public Task RenameGroup(SessionActor actor, Guid groupId, string name) => Grouped(actor, () => _rules.Grouping.RenameGroup(actor, groupId, name));

    public Task GroupIdea(SessionActor actor, Guid ideaId, Guid? groupId) => Grouped(actor, () => _rules.Grouping.GroupIdea(actor, ideaId, groupId));

    public Task MergeGroups(SessionActor actor, Guid sourceGroupId, Guid targetGroupId) => Grouped(actor, () => _rules.Grouping.MergeGroups(actor, sourceGroupId, targetGroupId));

    public Task<ParticipantExport> ExportParticipant(Guid participantId) => Task.FromResult(_rules.Erasure.ExportParticipant(participantId));

    public async Task EraseParticipant(Guid participantId)
    {
        _rules.Erasure.EraseParticipant(participantId);
        await _store.CommitAsync();

        // The journal still holds the erased name and ideas in the entries that added them.
        if (!await _store.CompactAsync())
        {
            throw new RuleException(ErrorCodes.StorageUnavailable, "Your part is erased from the session, but not yet from its storage. Try again.");
        }
    }

    public async Task<bool> Purge(DateTimeOffset openedBefore)
    {
        if (_rules.Erasure.PurgeDue(openedBefore) is not { } info)
        {
            return false;
        }

        var sessionId = this.GetPrimaryKey();
        await _store.PurgeAsync(
            async () =>
            {
                await GrainFactory.GetGrain<IJoinCodeGrain>(info.JoinCode).Release(sessionId);
                await GrainFactory.GetGrain<IChallengeGrain>(info.ChallengeId).RemoveSession(sessionId);
            },
            () => GrainFactory.GetGrain<ISessionDirectoryGrain>(0).Remove(sessionId));

        // Nothing of it stays in memory either; the next call finds no session.
        DeactivateOnIdle();
        return true;
    }

    /// <summary>The rules decide in this turn; the call answers once that is durable.</summary>
    private Task Commit(Action decide)
    {
        decide();
        return _store.CommitAsync();
    }

    /// <summary>The rules hear the moderator's name, as the account grain gives it, for the log.</summary>
    private async Task Moderated(SessionActor actor, Action<string> decide)
    {
        decide(await _moderators.AuthoriseAsync(actor));
        await _store.CommitAsync();
    }

    private async Task Grouped(SessionActor actor, Action decide)
    {
        await _moderators.AuthoriseGrouperAsync(actor);
        decide();
        await _store.CommitAsync();
    }

    /// <summary>Answers once what the rules decided is durable.</summary>
    private async Task<T> Committed<T>(T result)
    {
        await _store.CommitAsync();
        return result;
    }

    private SessionSnapshot Snapshot(SessionActor viewer)
    {
        _rules.Checks.RequireViewer(viewer);
        return SessionViews.Snapshot(this.GetPrimaryKey(), _publisher.Epoch, _publisher.Seq, _store.Published, Presence(), _time.GetUtcNow(), viewer);
    }

    private PresenceView Presence() => SessionViews.Presence(State, _publisher.Connected);
}
