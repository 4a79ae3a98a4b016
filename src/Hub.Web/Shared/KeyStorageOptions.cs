namespace Hub.Web.Shared;

/// <summary>Where the data-protection keys live. Bound from <c>Hub:DataProtection</c>.</summary>
internal sealed class KeyStorageOptions
{
    public const string SectionName = "Hub:DataProtection";

    /// <summary>Shared between web nodes; unset, a <c>keys</c> folder in the data directory.</summary>
    public string? KeysDirectory { get; set; }
}
