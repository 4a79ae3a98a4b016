using Hub.Grains.Accounts;
using Hub.Grains.JoinCodes;
using Hub.Grains.Sessions;
using Hub.Silo.Hosting;
using Hub.Silo.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Configuration;

namespace Hub.Faults.Tests;

/// <summary>
/// The production topology on this machine: silos and web nodes as processes of their own on one
/// PostgreSQL database, plus an Orleans client for the test to open sessions and read the truth.
/// </summary>
public sealed class ProcessCluster : IAsyncDisposable
{
    /// <summary>The account sessions are opened and steered by; the session asks it whether it may moderate.</summary>
    public static readonly Guid ModeratorId = Guid.Parse("0d2a3c4e-0000-4000-8000-0000000000f7");

    public static readonly SessionActor Moderator = SessionActor.Moderator(ModeratorId.ToString());

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    /// <summary>What the host logs once every hosted service (the silo, or the client and Kestrel) has started.</summary>
    private const string ApplicationStarted = "Application started";

    private readonly List<HubProcess> _processes = [];
    private readonly string _keysDirectory = Directory.CreateTempSubdirectory("hub-keys-").FullName;
    private IHost? _client;

    private ProcessCluster(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    public IClusterClient Client => _client?.Services.GetRequiredService<IClusterClient>()
        ?? throw new InvalidOperationException("Start a silo first.");

    /// <summary>A cluster on a fresh database of the shared test server, or of <paramref name="server"/>.</summary>
    public static async Task<ProcessCluster> CreateAsync(string? server = null)
    {
        var database = server is null ? await TestDatabase.CreateAsync() : await TestDatabase.CreateAsync(server);
        HubMigrator.Migrate(new HubDatabase(StorageProvider.PostgreSql, database.ConnectionString), NullLogger.Instance);
        return new ProcessCluster(database);
    }

    /// <summary>Starts a silo and waits until the membership table lists it as active.</summary>
    public async Task<SiloNode> StartSiloAsync(string name, int? siloPort = null)
    {
        var port = siloPort ?? FreePort.Next();
        var process = Track(HubProcess.Start(name, "Hub.Silo", "Production", new Dictionary<string, string>(StorageSettings)
        {
            ["Hub:Cluster:SiloPort"] = port.ToString(),
            ["Hub:Cluster:GatewayPort"] = FreePort.Next().ToString(),
        }));
        await process.WaitForLineAsync(ApplicationStarted, StartTimeout);
        _client ??= await StartClientAsync();
        return new SiloNode(process, port);
    }

    /// <summary>Starts a web node in client mode and waits until it reports ready.</summary>
    public async Task<WebNode> StartWebAsync(string name, int? httpPort = null)
    {
        var root = new Uri($"http://127.0.0.1:{httpPort ?? FreePort.Next()}/");
        var process = Track(HubProcess.Start(name, "Hub.Web", "Development", new Dictionary<string, string>(StorageSettings)
        {
            ["ASPNETCORE_URLS"] = root.ToString(),
            ["Hub:Orleans:Mode"] = "Client",
            ["Hub:DataProtection:KeysDirectory"] = _keysDirectory,
            ["Hub:LocalSignIn:Enabled"] = "false",
            ["Hub:Demo:Seed"] = "false",
            // Participants here write as fast as they can, to load the Hub while it fails.
            ["Hub:RateLimits:Enabled"] = "false",
        }));
        await process.WaitForLineAsync(ApplicationStarted, StartTimeout);
        return new WebNode(process, root);
    }

    /// <summary>Opens a session as a moderator would, under a fresh join code.</summary>
    public async Task<(Guid SessionId, string Code)> OpenSessionAsync(SessionSettings settings)
    {
        var sessionId = Guid.NewGuid();
        string code;
        do
        {
            code = JoinCode.NewCode();
        }
        while (!await Client.GetGrain<IJoinCodeGrain>(code).TryClaim(sessionId));

        await EnsureModeratorAsync();
        await Session(sessionId).Open(new OpenSession("Idéjam", Guid.NewGuid(), "Tryggare skolvägar", code, "Openlab", settings), Moderator);
        return (sessionId, code);
    }

    /// <summary>The moderator is the first admin of the cluster's fresh database (no demo data, no local sign-in).</summary>
    private async Task EnsureModeratorAsync()
    {
        var account = Client.GetGrain<IAccountGrain>(ModeratorId);
        if (await account.Get() is { IsModerator: true })
        {
            return;
        }

        if (await account.Get() is null)
        {
            await account.Create(new NewAccount("fault.tests@example.se", "Felprov"));
        }

        await account.BecomeFirstAdmin();
    }

    public ISessionGrain Session(Guid sessionId) => Client.GetGrain<ISessionGrain>(sessionId);

    /// <summary>The silo port of the silo that holds the session's activation now.</summary>
    public async Task<int> HostOfAsync(Guid sessionId)
    {
        var grainId = Session(sessionId).GetGrainId();
        var statistics = await Client.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        return statistics.Single(s => s.GrainId == grainId).SiloAddress.Endpoint.Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.StopAsync();
            _client.Dispose();
        }

        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        await Database.DisposeAsync();
        Directory.Delete(_keysDirectory, recursive: true);
    }

    private Dictionary<string, string> StorageSettings => new()
    {
        ["Hub:Storage:Provider"] = "PostgreSql",
        ["Hub:Storage:ConnectionString"] = Database.ConnectionString,
        ["Hub:Storage:MigrateOnStart"] = "false",
        ["Hub:Cluster:ClusterId"] = Database.Name,
    };

    private HubProcess Track(HubProcess process)
    {
        _processes.Add(process);
        return process;
    }

    private async Task<IHost> StartClientAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleansClient(client =>
        {
            client.UseAdoNetClustering(options =>
            {
                options.Invariant = "Npgsql";
                options.ConnectionString = Database.ConnectionString;
            });
            client.Configure<ClusterOptions>(options =>
            {
                options.ClusterId = Database.Name;
                options.ServiceId = new HubClusterOptions().ServiceId;
            });
            client.Configure<ClientMessagingOptions>(options => options.ResponseTimeout = TimeSpan.FromSeconds(10));
            client.Configure<GatewayOptions>(options => options.GatewayListRefreshPeriod = TimeSpan.FromSeconds(1));
        });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}

public sealed record SiloNode(HubProcess Process, int SiloPort);

public sealed record WebNode(HubProcess Process, Uri Root);
