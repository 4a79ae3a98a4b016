using System.ComponentModel.DataAnnotations;

namespace Hub.Silo.Hosting;

/// <summary>Where the Hub keeps its data. Bound from the <c>Hub:Storage</c> section.</summary>
public sealed class HubStorageOptions
{
    public const string SectionName = "Hub:Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>For PostgreSQL, an Npgsql connection string; for SQLite, empty to use <see cref="DataDirectory"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Folder of the SQLite database, relative to the content root unless rooted.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Whether a silo brings the schema up to date as it starts; off where the migrate command does it.</summary>
    public bool MigrateOnStart { get; set; } = true;
}
