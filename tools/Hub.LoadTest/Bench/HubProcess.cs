using System.Text.RegularExpressions;

namespace Hub.LoadTest.Bench;

/// <summary>The Hub's Release build, started as a child process in the Development environment on free loopback ports.</summary>
public sealed partial class HubProcess(ChildProcess process, Uri origin, Uri signIn) : IAsyncDisposable
{
    public int Pid => process.Pid;

    public Uri Origin => origin;

    public Uri SignIn => signIn;

    public static async Task<HubProcess> StartAsync(HubLaunch launch, string name, CancellationToken cancellationToken)
    {
        if (!File.Exists(launch.Assembly))
        {
            throw new InvalidOperationException($"No Release build of the Hub at {launch.Assembly}; run `dotnet build src/Hub.Web -c Release` first.");
        }

        var port = FreePort.Next();
        var origin = new Uri($"http://127.0.0.1:{port}");
        var dataDirectory = Path.Combine(launch.DataRoot, name);
        Directory.CreateDirectory(dataDirectory);
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = origin.ToString().TrimEnd('/'),
            ["DOTNET_NOLOGO"] = "1",
            ["Hub__Storage__DataDirectory"] = dataDirectory,
            ["Hub__Cluster__SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Hub__Cluster__GatewayPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            // Information logs go to a console nobody reads; writing them would be measured as Hub work.
            ["Logging__LogLevel__Default"] = "Warning",
        };
        if (launch.PostgreSql is { } connectionString)
        {
            environment["Hub__Storage__Provider"] = "PostgreSql";
            environment["Hub__Storage__ConnectionString"] = connectionString;
        }

        foreach (var setting in launch.Settings)
        {
            var equals = setting.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new ArgumentException($"A Hub setting must be KEY=VALUE, not \"{setting}\".");
            }

            environment[setting[..equals]] = setting[(equals + 1)..];
        }

        var process = ChildProcess.Start("dotnet", [launch.Assembly, "--contentRoot", launch.ContentRoot], launch.ContentRoot, environment);
        try
        {
            var line = await process.WaitForLineAsync(l => SignInLine().IsMatch(l), TimeSpan.FromSeconds(120), cancellationToken);
            return new HubProcess(process, origin, new Uri(SignInLine().Match(line).Groups[1].Value));
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => process.DisposeAsync();

    [GeneratedRegex(@"Admin sign-in \(this run only\): (\S+)")]
    private static partial Regex SignInLine();
}
