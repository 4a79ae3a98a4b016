namespace Hub.Grains.Storage;

/// <summary>A journal entry with this version exists: someone else wrote to the grain's journal.</summary>
public sealed class JournalConflictException(GrainId grainId, long version, Exception? innerException = null)
    : Exception($"Journal entry {version} of {grainId} already exists.", innerException);
