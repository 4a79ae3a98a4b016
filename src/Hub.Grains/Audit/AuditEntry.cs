namespace Hub.Grains.Audit;

/// <summary>
/// One admin action. People appear by account id only, so erasing an account leaves the log
/// intact without a name in it; pages show names from the directory while the account exists.
/// </summary>
[GenerateSerializer, Immutable, Alias("Hub.AuditEntry")]
public sealed record AuditEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] Guid? ActorId,
    [property: Id(2)] AuditAction Action,
    [property: Id(3)] Guid? SubjectId,
    [property: Id(4)] string Detail);
