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
public sealed class SessionGrain : Grain, ISessionGrain
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
        _moderators = new SessionModerators(grains, _rules);
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
        _rules.Open(command, actor.ModeratorId!);
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
        _rules.RequireViewer(viewer);
        return _publisher.TryGetAfter(epoch, afterSeq, out var missed)
            ? new SessionCatchUp(SessionViews.Missed(this.GetPrimaryKey(), _publisher.Epoch, missed, _store.Published, viewer), null)
            : new SessionCatchUp(null, Snapshot(viewer));
    }

    public Task<Guid> Subscribe(ISessionObserver observer, IReadOnlyDictionary<Guid, int> connections)
    {
        _rules.RequireOpen();
        _publisher.Renew(observer, connections.Where(c => State.Participants.TryGetValue(c.Key, out var participant) && !participant.IsGone).ToDictionary());
        return Task.FromResult(_publisher.Epoch);
    }

    public Task Unsubscribe(ISessionObserver observer)
    {
        _publisher.Remove(observer);
        return Task.CompletedTask;
    }

    public Task<JoinReceipt> Join(string displayName) => Committed(_rules.Join(displayName));

    public Task SetConnected(ISessionObserver node, Guid participantId, bool connected)
    {
        _rules.RequireOpen();
        _rules.RequireParticipant(participantId);
        _publisher.SetConnected(node, participantId, connected);
        return Task.CompletedTask;
    }

    public Task<IdeaView> PostIdea(Guid participantId, string text) => Committed(_rules.PostIdea(participantId, text));

    public Task EditIdea(Guid participantId, Guid ideaId, string text)
    {
        _rules.EditIdea(participantId, ideaId, text);
        return _store.CommitAsync();
    }

    public Task DeleteIdea(Guid participantId, Guid ideaId)
    {
        _rules.DeleteIdea(participantId, ideaId);
        return _store.CommitAsync();
    }

    public Task<VoteReceipt> CastVote(Guid participantId, Guid ideaId) => Committed(_rules.CastVote(participantId, ideaId));

    public Task<VoteReceipt> RetractVote(Guid participantId, Guid ideaId) => Committed(_rules.RetractVote(participantId, ideaId));

    public Task<CommentView> PostComment(Guid participantId, Guid ideaId, string text) => Committed(_rules.PostComment(participantId, ideaId, text));

    public Task DeleteComment(Guid participantId, Guid commentId)
    {
        _rules.DeleteComment(participantId, commentId);
        return _store.CommitAsync();
    }

    public Task ReportIdea(Guid participantId, Guid ideaId)
    {
        _rules.ReportIdea(participantId, ideaId);
        return _store.CommitAsync();
    }

    public async Task SetIdeaHidden(SessionActor actor, Guid ideaId, bool hidden)
    {
        _rules.SetIdeaHidden(await _moderators.AuthoriseAsync(actor), ideaId, hidden);
        await _store.CommitAsync();
    }

    public async Task SetCommentHidden(SessionActor actor, Guid commentId, bool hidden)
    {
        _rules.SetCommentHidden(await _moderators.AuthoriseAsync(actor), commentId, hidden);
        await _store.CommitAsync();
    }

    public async Task ApproveIdea(SessionActor actor, Guid ideaId)
    {
        _rules.ApproveIdea(await _moderators.AuthoriseAsync(actor), ideaId);
        await _store.CommitAsync();
    }

    public async Task RemoveAuthor(SessionActor actor, Guid ideaId, bool hideIdeas)
    {
        _rules.RemoveAuthor(await _moderators.AuthoriseAsync(actor), ideaId, hideIdeas);
        await _store.CommitAsync();
    }

    public async Task UpdateSettings(SessionActor actor, SessionSettings settings)
    {
        _rules.UpdateSettings(await _moderators.AuthoriseAsync(actor), settings);
        await _store.CommitAsync();
    }

    public async Task SetTimer(SessionActor actor, int? timerSeconds)
    {
        await _moderators.AuthoriseAsync(actor);
        _rules.SetTimer(timerSeconds);
        await _store.CommitAsync();
    }

    public async Task SetPhase(SessionActor actor, SessionPhase phase, int? timerSeconds)
    {
        await _moderators.AuthoriseAsync(actor);
        _rules.SetPhase(phase, timerSeconds);
        await _store.CommitAsync();
        if (phase == SessionPhase.Closed)
        {
            await GrainFactory.GetGrain<ISessionDirectoryGrain>(0).MarkClosed(this.GetPrimaryKey());
        }
    }

    public async Task<GroupView> CreateGroup(SessionActor actor, string name)
    {
        await _moderators.AuthoriseGrouperAsync(actor);
        return await Committed(_rules.CreateGroup(actor, name));
    }

    public async Task RenameGroup(SessionActor actor, Guid groupId, string name)
    {
        await _moderators.AuthoriseGrouperAsync(actor);
        _rules.RenameGroup(actor, groupId, name);
        await _store.CommitAsync();
    }

    public async Task GroupIdea(SessionActor actor, Guid ideaId, Guid? groupId)
    {
        await _moderators.AuthoriseGrouperAsync(actor);
        _rules.GroupIdea(actor, ideaId, groupId);
        await _store.CommitAsync();
    }

    public async Task MergeGroups(SessionActor actor, Guid sourceGroupId, Guid targetGroupId)
    {
        await _moderators.AuthoriseGrouperAsync(actor);
        _rules.MergeGroups(actor, sourceGroupId, targetGroupId);
        await _store.CommitAsync();
    }

    public Task<ParticipantExport> ExportParticipant(Guid participantId) => Task.FromResult(_rules.ExportParticipant(participantId));

    public async Task EraseParticipant(Guid participantId)
    {
        _rules.EraseParticipant(participantId);
        await _store.CommitAsync();

        // The journal still holds the erased name and ideas in the entries that added them.
        if (!await _store.CompactAsync())
        {
            throw new RuleException(ErrorCodes.StorageUnavailable, "Your part is erased from the session, but not yet from its storage. Try again.");
        }
    }

    public async Task<bool> Purge(DateTimeOffset openedBefore)
    {
        if (_rules.PurgeDue(openedBefore) is not { } info)
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

    /// <summary>Answers once what the rules decided is durable.</summary>
    private async Task<T> Committed<T>(T result)
    {
        await _store.CommitAsync();
        return result;
    }

    private SessionSnapshot Snapshot(SessionActor viewer)
    {
        _rules.RequireViewer(viewer);
        return SessionViews.Snapshot(this.GetPrimaryKey(), _publisher.Epoch, _publisher.Seq, _store.Published, Presence(), _time.GetUtcNow(), viewer);
    }

    private PresenceView Presence() => SessionViews.Presence(State, _publisher.Connected);
}
