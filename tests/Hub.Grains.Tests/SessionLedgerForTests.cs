using Hub.Grains.Sessions;

namespace Hub.Grains.Tests;

/// <summary>
/// A session's rules over a state in memory, without a cluster: what they record is applied at once
/// and kept, with what they emit, for the test to read. <see cref="Saved"/> plays the published state.
/// </summary>
internal sealed class SessionLedgerForTests : ISessionLedger
{
    public SessionState State { get; } = new();

    public SessionState Saved { get; } = new();

    public List<SessionChange> Changes { get; } = [];

    public List<SessionEvent> Events { get; } = [];

    public HashSet<Guid> VotedOn { get; } = [];

    public bool Purging => false;

    public bool StorageFailed => false;

    public bool PresenceMarked { get; private set; }

    public void Record(SessionChange change)
    {
        State.Apply(change);
        Saved.Apply(change);
        Changes.Add(change);
    }

    public void Emit(SessionEvent sessionEvent) => Events.Add(sessionEvent);

    public void VotesChanged(Guid ideaId) => VotedOn.Add(ideaId);

    public void PresenceChanged() => PresenceMarked = true;

    /// <summary>Forgets what was recorded and emitted so far, so that a test reads one command's output.</summary>
    public void Clear()
    {
        Changes.Clear();
        Events.Clear();
        VotedOn.Clear();
        PresenceMarked = false;
    }
}
