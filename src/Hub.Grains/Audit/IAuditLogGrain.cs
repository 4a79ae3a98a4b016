namespace Hub.Grains.Audit;

/// <summary>The audit log of one calendar month (key "2026-11"), so that no grain grows without end.</summary>
[Alias("Hub.IAuditLogGrain")]
public interface IAuditLogGrain : IGrainWithStringKey
{
    [Alias("Append")]
    Task Append(AuditEntry entry);

    [Alias("List")]
    Task<IReadOnlyList<AuditEntry>> List();
}
