using Hub.Grains.Storage;

namespace Hub.Grains.Sessions;

/// <summary>The ledger of a live session: changes go to its journaled store, events to its publisher.</summary>
internal sealed class SessionLedger(JournaledStore<SessionState, SessionChange> store, SessionPublisher publisher) : ISessionLedger
{
    public SessionState State => store.State;

    public bool Purging => store.Purging;

    public bool StorageFailed => store.StorageFailed;

    public void Record(SessionChange change) => store.Record(change);

    public void Emit(SessionEvent sessionEvent) => publisher.Emit(sessionEvent);

    public void VotesChanged(Guid ideaId) => publisher.VotesChanged(ideaId);

    public void PresenceChanged() => publisher.MarkPresence(changed: true);
}
