namespace Hub.Grains.Storage;

/// <summary>One stored entry of a grain's journal: a serialized batch of changes.</summary>
public sealed record JournalEntry(long Version, ReadOnlyMemory<byte> Payload);
