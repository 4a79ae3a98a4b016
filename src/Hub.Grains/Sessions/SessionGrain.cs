using Hub.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;
using Orleans.Storage;

namespace Hub.Grains.Sessions;

/// <summary>
/// One live session. Reentrant so that concurrent callers can share one storage write
/// (<see cref="GroupCommit"/>): each call validates and records its change synchronously in its
/// own turn, then awaits the commit; events reach observers only once durable. A commit appends
/// the changes to the journal, so its cost does not grow with the session; a snapshot of the
/// whole state is written now and then, in the background, to keep replay short.
/// </summary>
[Reentrant]
public sealed partial class SessionGrain : Grain, ISessionGrain
{
    private const int EventLogCapacity = 2_048;
    private static readonly TimeSpan CoalesceInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>Web nodes renew every <see cref="SessionRenewal.Interval"/>; three missed renewals and a node is gone.</summary>
    private static readonly TimeSpan NodeExpiry = SessionRenewal.Interval * 3;

    private const string StateName = "session";

    private readonly IPersistentState<SessionState> _store;
    private readonly IGrainStorage _snapshots;
    private readonly IGrainJournal _journal;
    private readonly Serializer<SessionChange[]> _serializer;
    private readonly DeepCopier<SessionState> _copier;
    private readonly SessionOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SessionGrain> _logger;
    private readonly SessionAudience _audience;
    private readonly SessionEventLog _log = new(EventLogCapacity);
    private readonly GroupCommit _commit;
    private readonly HashSet<Guid> _votesChanged = [];
    private Dictionary<Guid, int> _savedVoteTotals = [];
    private List<SessionEvent> _outbox = [];
    private List<SessionChange> _unsaved = [];
    private SessionState _state = new();
    private SessionState _published = new();
    private long _journalVersion;
    private int _changesSinceSnapshot;
    private Task? _snapshotWrite;
    private string? _snapshotETag;
    private bool _snapshotExists;
    private IGrainTimer? _coalesceTimer;
    private bool _coalesceScheduled;
    private bool _presenceChanged;
    private bool _storageFailed;
    private bool _purging;
    private Guid _epoch;
    private long _seq;

    public SessionGrain(
        [PersistentState(StateName, StorageNames.Hub)] IPersistentState<SessionState> store,
        [FromKeyedServices(StorageNames.Hub)] IGrainStorage snapshots,
        IGrainJournal journal,
        Serializer<SessionChange[]> serializer,
        DeepCopier<SessionState> copier,
        IOptions<SessionOptions> options,
        TimeProvider time,
        ILogger<SessionGrain> logger)
    {
        _store = store;
        _snapshots = snapshots;
        _journal = journal;
        _serializer = serializer;
        _copier = copier;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _audience = new SessionAudience(time, NodeExpiry);
        _commit = new GroupCommit(FlushAsync);
    }

    /// <summary>The live state; the store holds the last snapshot, which may be older.</summary>
    private SessionState State => _state;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await ReplayJournalAsync(cancellationToken);

        // A new epoch tells every client that events from an earlier activation do not continue here.
        _epoch = Guid.NewGuid();

        // Armed only when something is waiting to go out, so quiet sessions cost nothing.
        _coalesceTimer = this.RegisterGrainTimer(PublishCoalescedAsync, new GrainTimerCreationOptions(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan) { Interleave = true });
        this.RegisterGrainTimer(ExpireNodesAsync, new GrainTimerCreationOptions(SessionRenewal.Interval, SessionRenewal.Interval) { Interleave = true });
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_snapshotWrite is { } snapshotWrite)
        {
            await snapshotWrite;
        }
    }

    public async Task Open(OpenSession command, SessionActor actor)
    {
        RequireModerator(actor);
        if (State.Info is not null)
        {
            throw new RuleException(ErrorCodes.AlreadyExists, "The session is already open.");
        }

        var title = UserText.Require(command.Title, SessionLimits.MaxTitleLength, "title");
        ValidateSettings(command.Settings);
        Record(new SessionChange.Opened(
            new SessionInfo(title, command.ChallengeId, command.ChallengeTitle, command.JoinCode, command.Venue, _time.GetUtcNow(), command.Anonymous, actor.ModeratorId),
            command.Settings));
        await CommitAsync();
    }

    public Task<SessionInfo?> GetInfo() => Task.FromResult(State.Info);

    public Task<SessionSnapshot> GetSnapshot(SessionActor viewer)
    {
        RequireOpen();
        RequireViewer(viewer);
        return Task.FromResult(BuildSnapshot(viewer));
    }

    public Task<SessionCatchUp> CatchUp(SessionActor viewer, Guid epoch, long afterSeq)
    {
        RequireOpen();
        RequireViewer(viewer);
        if (epoch == _epoch && _log.TryGetAfter(afterSeq, out var missed))
        {
            var batch = new SessionEventBatch(this.GetPrimaryKey(), _epoch, viewer.IsModerator ? missed : missed.Select(AsNowSeen).ToArray());
            return Task.FromResult(new SessionCatchUp(viewer.IsModerator ? batch : batch.ForParticipants(), null));
        }

        return Task.FromResult(new SessionCatchUp(null, BuildSnapshot(viewer)));
    }

    public Task<Guid> Subscribe(ISessionObserver observer, IReadOnlyDictionary<Guid, int> connections)
    {
        RequireOpen();
        var known = connections.Where(c => State.Participants.TryGetValue(c.Key, out var participant) && !participant.IsGone).ToDictionary();
        MarkPresence(_audience.Renew(observer, known));
        return Task.FromResult(_epoch);
    }

    public Task Unsubscribe(ISessionObserver observer)
    {
        MarkPresence(_audience.Remove(observer));
        return Task.CompletedTask;
    }

    /// <summary>
    /// Clients apply the events after a snapshot's <see cref="SessionSnapshot.Seq"/> on top of it, so
    /// it shows the published state: what those events were published after, never a change that
    /// is still being saved (and may yet fail).
    /// </summary>
    private SessionSnapshot BuildSnapshot(SessionActor viewer)
    {
        var published = _published;
        var ideas = published.Ideas.Values
            .Where(idea => viewer.IsModerator || IsShown(idea) || (idea.Pending && !idea.Hidden && idea.AuthorId == viewer.ParticipantId))
            .OrderBy(idea => idea.Ordinal)
            .Select(idea => ToView(idea, published, viewer.IsModerator))
            .ToArray();
        var shownIdeaIds = ideas.Select(i => i.Id).ToHashSet();
        var comments = published.Comments.Values
            .Where(comment => shownIdeaIds.Contains(comment.IdeaId) && (viewer.IsModerator || !comment.Hidden))
            .OrderBy(comment => comment.Ordinal)
            .Select(comment => ToView(comment, published))
            .ToArray();
        var groups = published.Groups.Values.OrderBy(g => g.Ordinal).Select(g => new GroupView(g.Id, g.Name)).ToArray();
        YourView? you = null;
        if (viewer.ParticipantId is { } participantId && published.Participants.TryGetValue(participantId, out var participant))
        {
            var own = published.Ideas.Values.Where(i => i.AuthorId == participantId).OrderBy(i => i.Ordinal).Select(i => i.Id).ToArray();
            var ownComments = published.Comments.Values.Where(c => c.AuthorId == participantId).OrderBy(c => c.Ordinal).Select(c => c.Id).ToArray();
            you = new YourView(participantId, participant.DisplayName, own, new Dictionary<Guid, int>(participant.Votes), VotesLeft(participant, published.Settings), ownComments);
        }

        return new SessionSnapshot(
            this.GetPrimaryKey(), _epoch, _seq, published.Info!, published.Phase, published.TimerEndsAt, published.Settings,
            ideas, groups, BuildPresence(), you, _time.GetUtcNow(), comments,
            viewer.IsModerator ? published.ModerationLog.TakeLast(SessionLimits.ModerationLogInSnapshot).ToArray() : null);
    }

    /// <summary>
    /// An idea's or comment's event as someone who is not a moderator may see it now: a client that
    /// catches up from far back must not read what was hidden, deleted, erased or edited away since.
    /// The current text stands in for an older one; what is no longer shown is withheld.
    /// </summary>
    private SessionEvent AsNowSeen(SessionEvent missed)
    {
        if (missed is CommentPosted or CommentRestored)
        {
            var commentId = missed is CommentPosted posted ? posted.Comment.Id : ((CommentRestored)missed).Comment.Id;
            return _published.Comments.TryGetValue(commentId, out var comment) && !comment.Hidden && IsShown(_published.Ideas[comment.IdeaId])
                ? missed switch
                {
                    CommentPosted commentPosted => commentPosted with { Comment = ToView(comment, _published) },
                    CommentRestored commentRestored => commentRestored with { Comment = ToView(comment, _published), OnHiddenIdea = false },
                    _ => missed,
                }
                : new Withheld(missed.Seq);
        }

        var ideaId = missed switch
        {
            IdeaPosted posted => posted.Idea.Id,
            IdeaRestored restored => restored.Idea.Id,
            IdeaApproved approved => approved.Idea.Id,
            IdeaEdited edited => edited.IdeaId,
            _ => (Guid?)null,
        };
        if (ideaId is not { } id)
        {
            return missed;
        }

        if (!_published.Ideas.TryGetValue(id, out var idea) || !IsShown(idea))
        {
            return new Withheld(missed.Seq);
        }

        return missed switch
        {
            IdeaEdited edited => edited with { Text = idea.Text },
            IdeaPosted posted => posted with { Idea = ToView(idea, _published) },
            IdeaRestored restored => restored with { Idea = ToView(idea, _published), Comments = ShownComments(idea, _published) },
            IdeaApproved approved => approved with { Idea = ToView(idea, _published) },
            _ => missed,
        };
    }

    /// <summary>Report counts go to moderators only; authors' names to nobody in an anonymous session.</summary>
    private static IdeaView ToView(IdeaRecord idea, SessionState state, bool forModerator = false) =>
        new(idea.Id, idea.Text, AuthorName(idea.AuthorId, state), idea.GroupId, idea.Hidden, idea.Votes, idea.PostedAt, idea.Pending,
            forModerator ? idea.ReportedBy.Count : 0);

    private static string AuthorName(Guid authorId, SessionState state) =>
        state.Info?.Anonymous != true && state.Participants.TryGetValue(authorId, out var author) ? author.DisplayName : "";
}
