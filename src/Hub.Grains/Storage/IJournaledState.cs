namespace Hub.Grains.Storage;

/// <summary>
/// A grain's state as <see cref="JournaledStore{TState, TChange}"/> keeps it: stored whole only as a
/// snapshot, rebuilt in between by applying the changes its journal holds.
/// </summary>
internal interface IJournaledState<in TChange>
{
    /// <summary>The last journal entry this snapshot includes; replay starts after it.</summary>
    long JournalVersion { get; set; }

    /// <summary>Items whose count decides how often a snapshot pays for itself.</summary>
    int Size { get; }

    /// <summary>Applies a change the grain has already validated; replay runs exactly this code.</summary>
    void Apply(TChange change);
}
