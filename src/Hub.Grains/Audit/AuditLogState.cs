namespace Hub.Grains.Audit;

[GenerateSerializer, Alias("Hub.AuditLogState")]
internal sealed class AuditLogState
{
    [Id(0)] public List<AuditEntry> Entries { get; set; } = [];
}
