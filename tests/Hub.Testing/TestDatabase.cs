using Npgsql;

namespace Hub.Testing;

/// <summary>
/// A fresh database on the PostgreSQL server that test.sh starts (HUB_TEST_POSTGRES), dropped
/// afterwards. Without that server these tests fail: they exist to prove the real thing.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _serverConnectionString;

    private TestDatabase(string serverConnectionString, string name)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static Task<TestDatabase> CreateAsync() => CreateAsync(
        Environment.GetEnvironmentVariable("HUB_TEST_POSTGRES")
            ?? throw new InvalidOperationException("HUB_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts PostgreSQL."));

    /// <summary>A fresh database on the given server rather than the shared one.</summary>
    public static async Task<TestDatabase> CreateAsync(string server)
    {
        var database = new TestDatabase(server, $"hub_test_{Guid.NewGuid():N}");
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {database.Name}", connection);
        await command.ExecuteNonQueryAsync();
        return database;
    }

    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
