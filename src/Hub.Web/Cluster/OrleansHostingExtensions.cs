using Hub.Silo.Hosting;
using Orleans.Configuration;

namespace Hub.Web.Cluster;

internal static class OrleansHostingExtensions
{
    /// <summary>
    /// Co-hosts the silo (<c>Hub:Orleans:Mode</c> = CoHosted, the default) or joins an existing
    /// cluster as a client (Client), where the silos' PostgreSQL membership table tells where they are.
    /// </summary>
    public static WebApplicationBuilder AddHubOrleans(this WebApplicationBuilder builder)
    {
        // The mode decides which services exist, so it is read while they are being registered.
        var orleans = builder.Configuration.GetSection(OrleansClientOptions.SectionName).Get<OrleansClientOptions>() ?? new OrleansClientOptions();
        builder.Services.AddOptions<OrleansClientOptions>().BindConfiguration(OrleansClientOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        if (orleans.Mode == OrleansMode.CoHosted)
        {
            builder.UseOrleans(silo => silo.AddHub(builder.Configuration, builder.Environment.ContentRootPath));
            return builder;
        }

        var cluster = builder.Configuration.GetHubCluster();
        var database = builder.Configuration.GetHubDatabase(builder.Environment.ContentRootPath);
        builder.UseOrleansClient(client =>
        {
            client.UseAdoNetClustering(options =>
            {
                options.Invariant = database.Invariant;
                options.ConnectionString = database.ConnectionString;
            });
            client.Configure<ClusterOptions>(options =>
            {
                options.ClusterId = cluster.ClusterId;
                options.ServiceId = cluster.ServiceId;
            });
            client.Configure<ClientMessagingOptions>(options => options.ResponseTimeout = cluster.ResponseTimeout);
            client.Configure<GatewayOptions>(options => options.GatewayListRefreshPeriod = cluster.GatewayListRefreshPeriod);
        });
        builder.Services.AddSingleton(database);
        builder.Services.AddOptions<HubStorageOptions>().BindConfiguration(HubStorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<HubClusterOptions>().BindConfiguration(HubClusterOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return builder;
    }
}
