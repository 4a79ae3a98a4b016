using System.Diagnostics;

namespace Hub.Faults.Tests;

/// <summary>
/// A PostgreSQL server of this test's own, from Debian's packages (test.sh installs them), so that
/// it can be stopped and started without disturbing the tests that share the other server.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string _directory;
    private readonly string _bin;
    private readonly string _user;

    private PostgresServer(string directory, string bin, string user, int port)
    {
        _directory = directory;
        _bin = bin;
        _user = user;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username={_user};Database=postgres;Timeout=5";

    public static async Task<PostgresServer> StartNewAsync()
    {
        var bin = Environment.GetEnvironmentVariable("HUB_TEST_POSTGRES_BIN")
            ?? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).OrderBy(d => d).LastOrDefault()
            ?? throw new InvalidOperationException("PostgreSQL is not installed: run the tests with ./test.sh.");
        var directory = Directory.CreateTempSubdirectory("hub-pg-").FullName;
        // PostgreSQL refuses to run as root.
        var user = Environment.UserName == "root" ? "postgres" : Environment.UserName;
        if (user != Environment.UserName)
        {
            await RunAsync("chown", [user, directory]);
        }

        var server = new PostgresServer(directory, bin, user, FreePort.Next());
        await server.RunAsPostgresAsync("initdb", ["-D", server.DataDirectory, "-U", user, "--auth=trust", "-E", "UTF8"]);
        await server.StartAsync();
        return server;
    }

    public Task StartAsync() => RunAsPostgresAsync("pg_ctl",
        ["-D", DataDirectory, "-l", Path.Combine(_directory, "server.log"), "-w", "-t", "30",
         "-o", $"-p {Port} -c listen_addresses=127.0.0.1 -k {_directory}", "start"]);

    /// <summary>A fast shutdown: open transactions are rolled back and every connection is closed.</summary>
    public Task StopAsync() => RunAsPostgresAsync("pg_ctl", ["-D", DataDirectory, "-m", "fast", "-w", "stop"]);

    public async ValueTask DisposeAsync()
    {
        await RunAsPostgresAsync("pg_ctl", ["-D", DataDirectory, "-m", "immediate", "stop"], mustSucceed: false);
        Directory.Delete(_directory, recursive: true);
    }

    private string DataDirectory => Path.Combine(_directory, "data");

    private Task RunAsPostgresAsync(string tool, string[] arguments, bool mustSucceed = true) =>
        _user == Environment.UserName
            ? RunAsync(Path.Combine(_bin, tool), arguments, mustSucceed)
            : RunAsync("runuser", ["-u", _user, "--", Path.Combine(_bin, tool), .. arguments], mustSucceed);

    private static async Task RunAsync(string file, string[] arguments, bool mustSucceed = true)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (mustSucceed && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed: {await output}{await error}");
        }
    }
}
