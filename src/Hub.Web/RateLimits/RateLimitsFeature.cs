namespace Hub.Web.RateLimits;

internal static class RateLimitsFeature
{
    public static IServiceCollection AddRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<HubRateLimits>();
        return services.AddSignInLimits();
    }
}
