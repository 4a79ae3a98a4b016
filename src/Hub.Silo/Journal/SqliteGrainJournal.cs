using Hub.Grains.Storage;
using Hub.Silo.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Hub.Silo.Journal;

/// <summary>
/// The grain journal in the <c>hub_journal</c> table of the SQLite file. Microsoft.Data.Sqlite has
/// no asynchronous I/O (its async methods block), so every call runs on the thread pool: a grain
/// keeps taking calls, and grouping them into the next commit, while the disk syncs.
/// </summary>
internal sealed class SqliteGrainJournal(HubDatabase database, IOptions<ClusterOptions> cluster) : IGrainJournal
{
    private const int ConstraintViolation = 19;

    private readonly string _serviceId = cluster.Value.ServiceId;

    public Task<IReadOnlyList<JournalEntry>> ReadAsync(GrainId grainId, long afterVersion, CancellationToken cancellationToken = default) =>
        Task.Run(() => ReadEntriesAsync(grainId, afterVersion, cancellationToken), cancellationToken);

    public Task AppendAsync(GrainId grainId, long version, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default) =>
        Task.Run(() => InsertAsync(grainId, version, payload, cancellationToken), cancellationToken);

    public Task TruncateAsync(GrainId grainId, long throughVersion, CancellationToken cancellationToken = default) =>
        Task.Run(() => DeleteAsync(grainId, throughVersion, cancellationToken), cancellationToken);

    private async Task<IReadOnlyList<JournalEntry>> ReadEntriesAsync(GrainId grainId, long afterVersion, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection,
            "SELECT version, payload FROM hub_journal WHERE service_id = $service AND grain_id = $grain AND version > $version ORDER BY version",
            grainId, afterVersion);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        List<JournalEntry> entries = [];
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new JournalEntry(reader.GetInt64(0), (byte[])reader.GetValue(1)));
        }

        return entries;
    }

    private async Task InsertAsync(GrainId grainId, long version, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection,
            """
            INSERT INTO hub_journal (service_id, grain_id, version, payload)
            SELECT $service, $grain, $version, $payload
            WHERE NOT EXISTS (SELECT 1 FROM hub_journal WHERE service_id = $service AND grain_id = $grain AND version >= $version)
            """,
            grainId, version);
        command.Parameters.Add("$payload", SqliteType.Blob).Value = payload.ToArray();
        try
        {
            if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                throw new JournalConflictException(grainId, version);
            }
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == ConstraintViolation)
        {
            throw new JournalConflictException(grainId, version, exception);
        }
    }

    private async Task DeleteAsync(GrainId grainId, long throughVersion, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection,
            "DELETE FROM hub_journal WHERE service_id = $service AND grain_id = $grain AND version < $version",
            grainId, throughVersion);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);

        // While another connection writes (a snapshot, say), SQLite answers "busy". Left to
        // Microsoft.Data.Sqlite, a busy command retries only every 150 ms, which a live session
        // feels; SQLite's own busy handler waits in steps of a few milliseconds.
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = 30000;";
        await command.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private SqliteCommand Command(SqliteConnection connection, string sql, GrainId grainId, long version)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$service", _serviceId);
        command.Parameters.AddWithValue("$grain", grainId.ToString());
        command.Parameters.AddWithValue("$version", version);
        return command;
    }
}
