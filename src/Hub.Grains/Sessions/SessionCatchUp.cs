namespace Hub.Grains.Sessions;

/// <summary>
/// The answer to a resume: exactly the missed <see cref="Events"/>, or a <see cref="Snapshot"/>
/// when the client is too far behind or on another epoch. Exactly one of the two is set.
/// </summary>
[GenerateSerializer, Immutable, Alias("Hub.SessionCatchUp")]
public sealed record SessionCatchUp(
    [property: Id(0)] SessionEventBatch? Events,
    [property: Id(1)] SessionSnapshot? Snapshot);
