using Orleans.Storage;

namespace Hub.Grains.Tests;

/// <summary>
/// Grain storage in memory with the ETag rule of the real providers: a write under a stale ETag is
/// refused. Orleans' ADO.NET storage cannot be built without a silo, so the journaled store's tests
/// keep their snapshots here and their journal in a real SQLite file.
/// </summary>
public sealed class SnapshotsInMemory : IGrainStorage
{
    private readonly Dictionary<(string, GrainId), (object State, string ETag)> _stored = [];

    public int Writes { get; private set; }

    public T? Stored<T>(string stateName, GrainId grainId) =>
        _stored.TryGetValue((stateName, grainId), out var stored) ? (T)stored.State : default;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (_stored.TryGetValue((stateName, grainId), out var stored))
        {
            grainState.State = (T)stored.State;
            grainState.ETag = stored.ETag;
            grainState.RecordExists = true;
        }

        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        lock (_stored)
        {
            var current = _stored.TryGetValue((stateName, grainId), out var stored) ? stored.ETag : null;
            if (current != grainState.ETag)
            {
                throw new InconsistentStateException("Another writer wrote first.", current ?? "", grainState.ETag ?? "");
            }

            grainState.ETag = Guid.NewGuid().ToString("N");
            grainState.RecordExists = true;
            _stored[(stateName, grainId)] = (grainState.State!, grainState.ETag);
            Writes++;
        }

        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        _stored.Remove((stateName, grainId));
        return Task.CompletedTask;
    }

    /// <summary>What a grain's state bridge reads on activation.</summary>
    public PersistentState<T> Load<T>(string stateName, GrainId grainId)
        where T : new()
    {
        var state = new GrainState<T>(new T());
        ReadStateAsync(stateName, grainId, state);
        return new PersistentState<T>(state);
    }

    public sealed class PersistentState<T>(GrainState<T> loaded) : IPersistentState<T>
    {
        public T State { get; set; } = loaded.State!;

        public string? Etag => loaded.ETag;

        public bool RecordExists => loaded.RecordExists;

        public Task ClearStateAsync() => throw new NotSupportedException("The journaled store clears through the grain storage.");

        public Task WriteStateAsync() => throw new NotSupportedException("The journaled store writes through the grain storage.");

        public Task ReadStateAsync() => throw new NotSupportedException("The journaled store reads once, on activation.");
    }
}
