using Hub.Grains.Storage;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Orleans.Configuration;

namespace Hub.Silo.Journal;

/// <summary>The grain journal in the <c>hub_journal</c> table of PostgreSQL.</summary>
internal sealed class PostgreSqlGrainJournal(NpgsqlDataSource dataSource, IOptions<ClusterOptions> cluster) : IGrainJournal
{
    private const string UniqueViolation = "23505";

    private readonly string _serviceId = cluster.Value.ServiceId;

    public async Task<IReadOnlyList<JournalEntry>> ReadAsync(GrainId grainId, long afterVersion, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT version, payload FROM hub_journal WHERE service_id = $1 AND grain_id = $2 AND version > $3 ORDER BY version");
        AddKey(command, grainId, afterVersion);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        List<JournalEntry> entries = [];
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new JournalEntry(reader.GetInt64(0), await reader.GetFieldValueAsync<byte[]>(1, cancellationToken)));
        }

        return entries;
    }

    public async Task AppendAsync(GrainId grainId, long version, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO hub_journal (service_id, grain_id, version, payload)
            SELECT $1, $2, $3, $4
            WHERE NOT EXISTS (SELECT 1 FROM hub_journal WHERE service_id = $1 AND grain_id = $2 AND version >= $3)
            """);
        AddKey(command, grainId, version);
        command.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>> { NpgsqlDbType = NpgsqlDbType.Bytea, TypedValue = payload });
        try
        {
            if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                throw new JournalConflictException(grainId, version);
            }
        }
        catch (PostgresException exception) when (exception.SqlState == UniqueViolation)
        {
            throw new JournalConflictException(grainId, version, exception);
        }
    }

    public async Task TruncateAsync(GrainId grainId, long throughVersion, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "DELETE FROM hub_journal WHERE service_id = $1 AND grain_id = $2 AND version < $3");
        AddKey(command, grainId, throughVersion);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private void AddKey(NpgsqlCommand command, GrainId grainId, long version)
    {
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = _serviceId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grainId.ToString() });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = version });
    }
}
