namespace Hub.Web.Demo;

/// <summary>The demo data of a first local run, and the banner that tells how to get in.</summary>
internal static class DemoFeature
{
    public static IServiceCollection AddDemo(this IServiceCollection services)
    {
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DemoSeeder>();
        services.AddHostedService(sp => sp.GetRequiredService<DemoSeeder>());
        return services.AddHostedService<StartupBanner>();
    }
}
