using System.Net;
using Hub.Grains.Challenges;
using Hub.Grains.Retention;
using Hub.Grains.Sessions;
using Hub.Grains.Storage;
using Hub.Silo.Journal;
using Hub.Silo.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Storage;

namespace Hub.Silo.Hosting;

/// <summary>The one place where clustering, storage and reminders are configured.</summary>
public static class HubSiloBuilderExtensions
{
    public static ISiloBuilder AddHub(this ISiloBuilder silo, IConfiguration configuration, string contentRoot)
    {
        var cluster = configuration.GetHubCluster();
        var database = configuration.GetHubDatabase(contentRoot);
        if (database.Provider == StorageProvider.PostgreSql)
        {
            silo.UseAdoNetClustering(options =>
            {
                options.Invariant = database.Invariant;
                options.ConnectionString = database.ConnectionString;
            });
            silo.Configure<ClusterOptions>(options =>
            {
                options.ClusterId = cluster.ClusterId;
                options.ServiceId = cluster.ServiceId;
            });
            silo.Configure<ClusterMembershipOptions>(options => options.ProbeTimeout = cluster.ProbeTimeout);
            silo.ConfigureEndpoints(
                string.IsNullOrWhiteSpace(cluster.AdvertisedAddress) ? IPAddress.Loopback : IPAddress.Parse(cluster.AdvertisedAddress),
                cluster.SiloPort,
                cluster.GatewayPort,
                listenOnAnyHostAddress: !string.IsNullOrWhiteSpace(cluster.AdvertisedAddress));
        }
        else
        {
            // One process owns the SQLite file, so there is nobody to discover.
            silo.UseLocalhostClustering(cluster.SiloPort, cluster.GatewayPort, serviceId: cluster.ServiceId, clusterId: cluster.ClusterId);
        }

        // The clean-up's reminder is registered by whichever silo starts first; it lives in storage after that.
        silo.AddStartupTask((services, _) => services.GetRequiredService<IGrainFactory>().GetGrain<IRetentionGrain>(0).Start());
        return silo.AddHubStorage(database, configuration);
    }

    /// <summary>
    /// Grain storage, the grain journal, reminders, the session and retention options: everything except
    /// clustering, so that a test cluster stores exactly as production does.
    /// </summary>
    public static ISiloBuilder AddHubStorage(this ISiloBuilder silo, HubDatabase database, IConfiguration configuration)
    {
        silo.Services.AddSingleton(database);
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.AddOptions<HubStorageOptions>().BindConfiguration(HubStorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        silo.Services.AddOptions<HubClusterOptions>().BindConfiguration(HubClusterOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        silo.Services.AddOptions<SessionOptions>().BindConfiguration(SessionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        silo.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        silo.Services.AddOptions<ChallengeOptions>().BindConfiguration(ChallengeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        silo.Services.AddOptions<ReminderOptions>().Configure<IOptions<ChallengeOptions>>((options, challenges) =>
        {
            if (challenges.Value.DeadlineCheckPeriod < options.MinimumReminderPeriod)
            {
                options.MinimumReminderPeriod = challenges.Value.DeadlineCheckPeriod;
            }
        });
        if (configuration.GetHubStorage().MigrateOnStart)
        {
            silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, MigrateOnStart>();
        }

        // Grain state is stored in Orleans' own version-tolerant binary format: compact, fast, and
        // it needs no type names in the payload, unlike the default JSON serializer.
        silo.Services.AddSingleton<IGrainStorageSerializer, OrleansGrainStorageSerializer>();
        if (database.Provider == StorageProvider.PostgreSql)
        {
            silo.Services.AddSingleton(_ => NpgsqlDataSource.Create(database.ConnectionString));
            silo.Services.AddSingleton<IGrainJournal, PostgreSqlGrainJournal>();
        }
        else
        {
            silo.Services.AddSingleton<IGrainJournal, SqliteGrainJournal>();
        }

        silo.AddAdoNetGrainStorage(StorageNames.Hub, options =>
        {
            options.Invariant = database.Invariant;
            options.ConnectionString = database.ConnectionString;
        });
        silo.UseAdoNetReminderService(options =>
        {
            options.Invariant = database.Invariant;
            options.ConnectionString = database.ConnectionString;
        });
        return silo;
    }
}
