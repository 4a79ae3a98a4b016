using System.Net;
using Hub.Grains.Storage;
using Hub.Silo.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Storage;

namespace Hub.Silo.Hosting;

/// <summary>The one place where clustering, storage and reminders are configured.</summary>
public static class HubSiloBuilderExtensions
{
    public static ISiloBuilder AddHub(this ISiloBuilder silo, IConfiguration configuration, string contentRoot)
    {
        var storage = configuration.GetSection(HubStorageOptions.SectionName).Get<HubStorageOptions>() ?? new HubStorageOptions();
        var cluster = configuration.GetSection(HubClusterOptions.SectionName).Get<HubClusterOptions>() ?? new HubClusterOptions();
        Validate(storage);
        Validate(cluster);
        var database = HubDatabase.From(storage, contentRoot);

        silo.Services.AddSingleton(database);

        // Grain state is stored in Orleans' own version-tolerant binary format: compact, fast, and
        // it needs no type names in the payload, unlike the default JSON serializer.
        silo.Services.AddSingleton<IGrainStorageSerializer, OrleansGrainStorageSerializer>();
        silo.Services.TryAddTimeProvider();
        if (configuration.GetValue("Hub:Storage:MigrateOnStart", true))
        {
            silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, MigrateOnStart>();
        }

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

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (services.All(s => s.ServiceType != typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }

    private static void Validate<TOptions>(TOptions options) where TOptions : class
    {
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        if (!System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), results, validateAllProperties: true))
        {
            throw new OptionsValidationException(typeof(TOptions).Name, typeof(TOptions), results.Select(r => r.ErrorMessage ?? "invalid"));
        }
    }
}
