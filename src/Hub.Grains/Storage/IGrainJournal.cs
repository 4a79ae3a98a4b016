namespace Hub.Grains.Storage;

/// <summary>
/// Append-only storage of a grain's changes, so that a write costs what changed rather than the
/// whole state. Entries are numbered from 1 without gaps; a grain snapshots its state now and
/// then through ordinary grain storage and truncates what the snapshot covers.
/// </summary>
public interface IGrainJournal
{
    /// <summary>The entries after <paramref name="afterVersion"/>, oldest first.</summary>
    Task<IReadOnlyList<JournalEntry>> ReadAsync(GrainId grainId, long afterVersion, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the entry durably. Throws <see cref="JournalConflictException"/> when the journal
    /// already holds this version or a later one: another activation of the grain has written,
    /// so this one's state is stale. That holds after truncation too, which keeps the newest entry.
    /// </summary>
    Task AppendAsync(GrainId grainId, long version, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes the entries a snapshot now covers, except the newest: it stays as the mark a stale
    /// writer's append collides with, so that nothing is accepted and then never replayed.
    /// </summary>
    Task TruncateAsync(GrainId grainId, long throughVersion, CancellationToken cancellationToken = default);
}
