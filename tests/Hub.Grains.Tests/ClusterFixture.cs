using Hub.Silo.Hosting;
using Orleans.TestingHost;

namespace Hub.Grains.Tests;

/// <summary>
/// One real in-process Orleans cluster shared by every grain test, storing exactly as the default
/// run does: grain state, journal and reminders in a SQLite file of its own.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("hub-grains-").FullName;

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(initialSilosCount: 1);
        builder.Properties["Hub:Storage:DataDirectory"] = _dataDirectory;
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo) =>
            silo.AddHubStorage(silo.Configuration.GetHubDatabase(Path.GetTempPath()), silo.Configuration);
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
