using Hub.Grains.Storage;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace Hub.Grains.Sessions;

/// <summary>The journal: replay on activation, append on commit, snapshots in the background.</summary>
public sealed partial class SessionGrain
{
    /// <summary>Below this many changes a snapshot would cost more than the replay it saves.</summary>
    private const int MinChangesPerSnapshot = 500;

    /// <summary>Applies a validated change to the live state and queues it for the next commit.</summary>
    private T Record<T>(T change)
        where T : SessionChange
    {
        State.Apply(change);
        _unsaved.Add(change);
        return change;
    }

    private async Task ReplayJournalAsync(CancellationToken cancellationToken)
    {
        _state = _store.State;
        _snapshotETag = _store.Etag;
        _snapshotExists = _store.RecordExists;
        _journalVersion = _state.JournalVersion;
        foreach (var entry in await _journal.ReadAsync(this.GetGrainId(), _journalVersion, cancellationToken))
        {
            if (entry.Version != _journalVersion + 1)
            {
                throw new InvalidOperationException($"Journal of {this.GetGrainId()} jumps from {_journalVersion} to {entry.Version}.");
            }

            var changes = _serializer.Deserialize(entry.Payload) ?? [];
            foreach (var change in changes)
            {
                _state.Apply(change);
            }

            _journalVersion = entry.Version;
            _changesSinceSnapshot += changes.Length;
        }

        _published = _copier.Copy(_state);
    }

    /// <summary>
    /// Appends what changed since the last commit as one journal entry. A snapshot, when due, is
    /// copied first, so that it holds exactly what the journal holds up to this entry.
    /// </summary>
    private async Task AppendToJournalAsync(List<SessionChange> changes)
    {
        if (changes.Count == 0)
        {
            return;
        }

        var version = _journalVersion + 1;
        var snapshot = SnapshotDue(changes.Count) ? _copier.Copy(State) : null;
        await _journal.AppendAsync(this.GetGrainId(), version, _serializer.SerializeToArray([.. changes]));
        _journalVersion = version;
        _changesSinceSnapshot += changes.Count;
        if (snapshot is not null)
        {
            snapshot.JournalVersion = version;
            _snapshotWrite = WriteSnapshotAsync(snapshot, _changesSinceSnapshot);
            _changesSinceSnapshot = 0;
        }
    }

    /// <summary>
    /// Writes a snapshot of what is saved now and trims the journal behind it, so that storage no
    /// longer holds what the state has dropped: after an erasure, the names and ideas it took away.
    /// </summary>
    /// <returns>Whether the snapshot was written and the journal trimmed.</returns>
    private async Task<bool> CompactAsync()
    {
        while (_snapshotWrite is { } running)
        {
            await running;
        }

        var snapshot = _copier.Copy(_published);
        snapshot.JournalVersion = _journalVersion;
        var write = WriteSnapshotAsync(snapshot, _changesSinceSnapshot);
        _snapshotWrite = write;
        _changesSinceSnapshot = 0;
        return await write;
    }

    /// <summary>Snapshots as often as the state is large, so that each costs O(1) per change.</summary>
    private bool SnapshotDue(int changeCount) =>
        _snapshotWrite is null
        && _changesSinceSnapshot + changeCount >= Math.Max(MinChangesPerSnapshot, State.Size);

    private async Task<bool> WriteSnapshotAsync(SessionState snapshot, int changesCovered)
    {
        try
        {
            // Orleans' state bridge only writes from the grain's own turn, and some drivers (SQLite)
            // block while they write: so the snapshot goes straight to the grain storage, on the
            // thread pool, under the ETag the bridge read, and the session keeps taking calls.
            var stored = new GrainState<SessionState>(snapshot) { ETag = _snapshotETag, RecordExists = _snapshotExists };
            var grainId = this.GetGrainId();
            await Task.Run(() => _snapshots.WriteStateAsync(StateName, grainId, stored));
            _snapshotETag = stored.ETag;
            _snapshotExists = true;
            await _journal.TruncateAsync(grainId, snapshot.JournalVersion);
            return true;
        }
        catch (InconsistentStateException exception)
        {
            // Another activation wrote a snapshot: this one is stale and must reload.
            _storageFailed = true;
            LogSnapshotConflict(_logger, exception, this.GetPrimaryKey());
            DeactivateOnIdle();
            return false;
        }
        catch (Exception exception)
        {
            // The journal still holds every change, so nothing is lost; try again later.
            _changesSinceSnapshot += changesCovered;
            LogSnapshotFailed(_logger, exception, this.GetPrimaryKey());
            return false;
        }
        finally
        {
            _snapshotWrite = null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing a snapshot of session {SessionId} failed; its journal keeps growing until one succeeds")]
    private static partial void LogSnapshotFailed(ILogger logger, Exception exception, Guid sessionId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Session {SessionId} has another writer; reloading")]
    private static partial void LogSnapshotConflict(ILogger logger, Exception exception, Guid sessionId);
}
