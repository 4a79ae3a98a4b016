using Microsoft.Extensions.Logging;
using Orleans.Serialization;
using Orleans.Storage;

namespace Hub.Grains.Storage;

/// <summary>
/// A reentrant grain's durable state: each call records its changes in its own turn and awaits
/// <see cref="CommitAsync"/>, which shares one journal append among concurrent callers
/// (<see cref="GroupCommit"/>). Replay on activation, append on commit, snapshots in the
/// background; after a refused write it refuses every write until a fresh activation reloads.
/// </summary>
/// <remarks>Not thread-safe by design: a grain runs one turn at a time.</remarks>
internal sealed partial class JournaledStore<TState, TChange>
    where TState : class, IJournaledState<TChange>, new()
{
    /// <summary>Below this many changes a snapshot would cost more than the replay it saves.</summary>
    private const int MinChangesPerSnapshot = 500;

    private readonly IPersistentState<TState> _store;
    private readonly IGrainStorage _snapshots;
    private readonly string _stateName;
    private readonly IGrainJournal _journal;
    private readonly Serializer<TChange[]> _serializer;
    private readonly DeepCopier<TState> _copier;
    private readonly GrainId _grainId;
    private readonly ILogger _logger;
    private readonly Action _deactivate;
    private readonly Func<Action<TState>>? _onCommit;
    private readonly GroupCommit _commit;
    private List<TChange> _unsaved = [];
    private long _journalVersion;
    private int _changesSinceSnapshot;
    private Task? _snapshotWrite;
    private string? _snapshotETag;
    private bool _snapshotExists;

    /// <param name="onCommit">
    /// Called as a commit begins, in the same turn; the action it returns runs once the commit is
    /// durable, with the <see cref="Published"/> state that now includes it.
    /// </param>
    public JournaledStore(
        IPersistentState<TState> store, IGrainStorage snapshots, string stateName, IGrainJournal journal, Serializer<TChange[]> serializer,
        DeepCopier<TState> copier, GrainId grainId, ILogger logger, Action deactivate, Func<Action<TState>>? onCommit = null)
    {
        _store = store;
        _snapshots = snapshots;
        _stateName = stateName;
        _journal = journal;
        _serializer = serializer;
        _copier = copier;
        _grainId = grainId;
        _logger = logger;
        _deactivate = deactivate;
        _onCommit = onCommit;
        _commit = new GroupCommit(FlushAsync);
    }

    /// <summary>The live state, with every recorded change applied; the store holds the last snapshot, which may be older.</summary>
    public TState State { get; private set; } = new();

    /// <summary>The state as saved: what published events were published after, never a change still being saved.</summary>
    public TState Published { get; private set; } = new();

    /// <summary>A write was refused: the live state holds changes callers were told failed.</summary>
    public bool StorageFailed { get; private set; }

    /// <summary>The storage is being deleted: the grain refuses every call from then on.</summary>
    public bool Purging { get; private set; }

    public async Task ReplayAsync(CancellationToken cancellationToken)
    {
        var state = _store.State;
        _snapshotETag = _store.Etag;
        _snapshotExists = _store.RecordExists;
        _journalVersion = state.JournalVersion;
        foreach (var entry in await _journal.ReadAsync(_grainId, _journalVersion, cancellationToken))
        {
            if (entry.Version != _journalVersion + 1)
            {
                throw new InvalidOperationException($"Journal of {_grainId} jumps from {_journalVersion} to {entry.Version}.");
            }

            var changes = _serializer.Deserialize(entry.Payload) ?? [];
            foreach (var change in changes)
            {
                state.Apply(change);
            }

            _journalVersion = entry.Version;
            _changesSinceSnapshot += changes.Length;
        }

        State = state;
        Published = _copier.Copy(state);
    }

    /// <summary>Applies a validated change to the live state and queues it for the next commit.</summary>
    public void Record(TChange change)
    {
        State.Apply(change);
        _unsaved.Add(change);
    }

    /// <summary>Completes once everything recorded so far is durable.</summary>
    public async Task CommitAsync()
    {
        try
        {
            await _commit.CommitAsync();
        }
        catch (Exception)
        {
            // The cause is logged where the write failed; clients learn only that it did.
            throw new RuleException(ErrorCodes.StorageUnavailable, "The change was not saved. Try again.");
        }
    }

    /// <summary>Waits for a snapshot still being written, so that deactivation does not cut it off.</summary>
    public async Task DrainAsync()
    {
        while (_snapshotWrite is { } running)
        {
            await running;
        }
    }

    /// <summary>
    /// Writes a snapshot of what is saved now and trims the journal behind it, so that storage no
    /// longer holds what the state has dropped: after an erasure, the names and ideas it took away.
    /// </summary>
    /// <returns>Whether the snapshot was written and the journal trimmed.</returns>
    public async Task<bool> CompactAsync()
    {
        await DrainAsync();
        var snapshot = _copier.Copy(Published);
        snapshot.JournalVersion = _journalVersion;
        var write = WriteSnapshotAsync(snapshot, _changesSinceSnapshot);
        _snapshotWrite = write;
        _changesSinceSnapshot = 0;
        return await write;
    }

    /// <summary>
    /// Deletes the journal and the snapshot, after <paramref name="beforeDeleting"/> (what points at
    /// the grain goes first, so that a purge that fails half-way is tried again whole) and before
    /// <paramref name="afterDeleting"/>. Then nothing of the state stays in memory either.
    /// </summary>
    public async Task PurgeAsync(Func<Task> beforeDeleting, Func<Task> afterDeleting)
    {
        // From here on the grain refuses every call, so that nothing is written behind the purge.
        Purging = true;
        await DrainAsync();
        await beforeDeleting();
        await _journal.TruncateAsync(_grainId, long.MaxValue);
        await _snapshots.ClearStateAsync(_stateName, _grainId, new GrainState<TState>(State) { ETag = _snapshotETag, RecordExists = _snapshotExists });
        await afterDeleting();
        State = new TState();
        Published = new TState();
    }

    private async Task FlushAsync()
    {
        if (StorageFailed)
        {
            // Never write again after a refused write: the state holds changes callers were told failed.
            throw new InvalidOperationException($"An earlier write of {_grainId} failed.");
        }

        var changes = _unsaved;
        _unsaved = [];
        var committed = _onCommit?.Invoke();
        try
        {
            await AppendToJournalAsync(changes);
        }
        catch (Exception exception)
        {
            // The in-memory state now holds changes storage refused. Refuse everything until a fresh
            // activation reloads what was really saved; clients see a new epoch and take a snapshot.
            StorageFailed = true;
            LogWriteFailed(_logger, exception, _grainId);
            _deactivate();
            throw;
        }

        foreach (var change in changes)
        {
            Published.Apply(change);
        }

        committed?.Invoke(Published);
    }

    /// <summary>
    /// Appends what changed since the last commit as one journal entry. A snapshot, when due, is
    /// copied first, so that it holds exactly what the journal holds up to this entry.
    /// </summary>
    private async Task AppendToJournalAsync(List<TChange> changes)
    {
        if (changes.Count == 0)
        {
            return;
        }

        var version = _journalVersion + 1;
        var snapshot = SnapshotDue(changes.Count) ? _copier.Copy(State) : null;
        await _journal.AppendAsync(_grainId, version, _serializer.SerializeToArray([.. changes]));
        _journalVersion = version;
        _changesSinceSnapshot += changes.Count;
        if (snapshot is not null)
        {
            snapshot.JournalVersion = version;
            _snapshotWrite = WriteSnapshotAsync(snapshot, _changesSinceSnapshot);
            _changesSinceSnapshot = 0;
        }
    }

    /// <summary>Snapshots as often as the state is large, so that each costs O(1) per change.</summary>
    private bool SnapshotDue(int changeCount) =>
        _snapshotWrite is null
        && _changesSinceSnapshot + changeCount >= Math.Max(MinChangesPerSnapshot, State.Size);

    private async Task<bool> WriteSnapshotAsync(TState snapshot, int changesCovered)
    {
        try
        {
            // Orleans' state bridge only writes from the grain's own turn, and some drivers (SQLite)
            // block while they write: so the snapshot goes straight to the grain storage, on the
            // thread pool, under the ETag the bridge read, and the grain keeps taking calls.
            var stored = new GrainState<TState>(snapshot) { ETag = _snapshotETag, RecordExists = _snapshotExists };
            await Task.Run(() => _snapshots.WriteStateAsync(_stateName, _grainId, stored));
            _snapshotETag = stored.ETag;
            _snapshotExists = true;
            await _journal.TruncateAsync(_grainId, snapshot.JournalVersion);
            return true;
        }
        catch (InconsistentStateException exception)
        {
            // Another activation wrote a snapshot: this one is stale and must reload.
            StorageFailed = true;
            LogSnapshotConflict(_logger, exception, _grainId);
            _deactivate();
            return false;
        }
        catch (Exception exception)
        {
            // The journal still holds every change, so nothing is lost; try again later.
            _changesSinceSnapshot += changesCovered;
            LogSnapshotFailed(_logger, exception, _grainId);
            return false;
        }
        finally
        {
            _snapshotWrite = null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing a snapshot of {GrainId} failed; its journal keeps growing until one succeeds")]
    private static partial void LogSnapshotFailed(ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(Level = LogLevel.Error, Message = "{GrainId} has another writer; reloading")]
    private static partial void LogSnapshotConflict(ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Saving {GrainId} failed; refusing writes until it reloads")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, GrainId grainId);
}
