using DbUp;
using DbUp.Builder;
using Hub.Silo.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Hub.Silo.Migrations;

/// <summary>
/// Applies the Hub's own schema: the tables and named queries the Orleans ADO.NET providers
/// read, written to their contract. Scripts are embedded and journaled, so running twice is safe.
/// </summary>
public static partial class HubMigrator
{
    public static void Migrate(HubDatabase database, ILogger logger)
    {
        var builder = database.Provider switch
        {
            StorageProvider.PostgreSql => PostgreSql(database.ConnectionString),
            _ => Sqlite(database.ConnectionString),
        };

        var result = builder
            .WithScriptsEmbeddedInAssembly(typeof(HubMigrator).Assembly, name => name.Contains($".Migrations.{database.Provider}.", StringComparison.Ordinal))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build()
            .PerformUpgrade();

        if (!result.Successful)
        {
            throw new InvalidOperationException($"Migration {result.ErrorScript?.Name} failed.", result.Error);
        }

        foreach (var script in result.Scripts)
        {
            LogApplied(logger, script.Name);
        }
    }

    private static UpgradeEngineBuilder PostgreSql(string connectionString)
    {
        EnsureDatabase.For.PostgresqlDatabase(connectionString);
        return DeployChanges.To.PostgresqlDatabase(connectionString);
    }

    private static UpgradeEngineBuilder Sqlite(string connectionString)
    {
        // Write-ahead logging lets readers and the single writer work side by side; it sticks to the file.
        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            command.ExecuteNonQuery();
        }

        return DeployChanges.To.SqliteDatabase(connectionString);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied migration {Script}")]
    private static partial void LogApplied(ILogger logger, string script);
}
