using Microsoft.Data.Sqlite;

namespace Hub.Silo.Hosting;

/// <summary>The database the Orleans ADO.NET providers use, resolved from <see cref="HubStorageOptions"/>.</summary>
public sealed record HubDatabase(StorageProvider Provider, string ConnectionString)
{
    /// <summary>The ADO.NET invariant name the Orleans providers load the driver by.</summary>
    public string Invariant => Provider switch
    {
        StorageProvider.PostgreSql => "Npgsql",
        _ => SqliteInvariant,
    };

    // Orleans maps this invariant to Microsoft.Data.Sqlite's SqliteFactory.
    public const string SqliteInvariant = "System.Data.SQLite";

    public static HubDatabase From(HubStorageOptions options, string contentRoot)
    {
        if (options.Provider == StorageProvider.PostgreSql)
        {
            return string.IsNullOrWhiteSpace(options.ConnectionString)
                ? throw new InvalidOperationException($"{HubStorageOptions.SectionName}:ConnectionString is required for PostgreSQL.")
                : new HubDatabase(StorageProvider.PostgreSql, options.ConnectionString);
        }

        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new HubDatabase(StorageProvider.Sqlite, options.ConnectionString);
        }

        var folder = Path.GetFullPath(options.DataDirectory, contentRoot);
        Directory.CreateDirectory(folder);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, "hub.db"),
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        return new HubDatabase(StorageProvider.Sqlite, connectionString);
    }
}
