namespace Hub.Grains.Sessions;

/// <summary>
/// Where <see cref="SessionRules"/> puts what a command decided: changes to apply and save, events
/// to publish once they are saved, and what the coalesced updates must pick up.
/// </summary>
internal interface ISessionLedger
{
    /// <summary>The live state, with every recorded change applied.</summary>
    SessionState State { get; }

    /// <summary>The session is being deleted: it refuses every call.</summary>
    bool Purging { get; }

    /// <summary>A write was refused: the session refuses calls until it reloads.</summary>
    bool StorageFailed { get; }

    /// <summary>Applies a validated change to the live state and queues it for the next commit.</summary>
    void Record(SessionChange change);

    /// <summary>Queues an event to be numbered and published once the change behind it is durable.</summary>
    void Emit(SessionEvent sessionEvent);

    /// <summary>The idea's vote total goes out, as saved, with the next coalesced update.</summary>
    void VotesChanged(Guid ideaId);

    /// <summary>Presence goes out with the next coalesced update.</summary>
    void PresenceChanged();
}
