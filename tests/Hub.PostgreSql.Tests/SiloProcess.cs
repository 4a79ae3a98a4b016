using System.Net;
using System.Net.Sockets;
using Hub.Silo.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.PostgreSql.Tests;

/// <summary>
/// A silo configured exactly as Hub.Silo configures production: ADO.NET clustering, grain
/// storage and reminders on PostgreSQL, schema from the project's own migrations.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly IHost _host;

    private SiloProcess(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => _host.Services;

    public static async Task<SiloProcess> StartAsync(TestDatabase database, bool migrate = true, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Hub:Storage:Provider"] = "PostgreSql",
            ["Hub:Storage:ConnectionString"] = database.ConnectionString,
            ["Hub:Storage:MigrateOnStart"] = migrate.ToString(),
            ["Hub:Cluster:ClusterId"] = database.Name,
            ["Hub:Cluster:SiloPort"] = FreePort().ToString(),
            ["Hub:Cluster:GatewayPort"] = FreePort().ToString(),
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo => silo.AddHub(builder.Configuration, Path.GetTempPath()));
        var host = builder.Build();
        await host.StartAsync();
        return new SiloProcess(host);
    }

    /// <summary>Stops the silo gracefully: it leaves the cluster and its grains deactivate.</summary>
    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
