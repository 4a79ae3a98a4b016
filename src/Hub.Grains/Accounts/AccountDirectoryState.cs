namespace Hub.Grains.Accounts;

[GenerateSerializer, Alias("Hub.AccountDirectoryState")]
internal sealed class AccountDirectoryState
{
    [Id(0)] public Dictionary<string, Guid> ByEmail { get; set; } = [];
    [Id(1)] public Dictionary<string, Guid> ByLogin { get; set; } = [];
    [Id(2)] public Dictionary<Guid, AccountSummary> Accounts { get; set; } = [];
    [Id(3)] public Guid? FirstAdmin { get; set; }
}
