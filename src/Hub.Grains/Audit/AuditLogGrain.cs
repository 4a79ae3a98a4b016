using Hub.Grains.Storage;

namespace Hub.Grains.Audit;

internal sealed class AuditLogGrain(
    [PersistentState("audit", StorageNames.Hub)] IPersistentState<AuditLogState> store) : Grain, IAuditLogGrain
{
    public async Task Append(AuditEntry entry)
    {
        store.State.Entries.Add(entry);
        await store.WriteStateAsync();
    }

    public Task<IReadOnlyList<AuditEntry>> List() => Task.FromResult<IReadOnlyList<AuditEntry>>([.. store.State.Entries]);
}
