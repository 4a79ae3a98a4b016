using Microsoft.AspNetCore.SignalR;

namespace Hub.Web.Sessions;

/// <summary>Live sessions: join codes, participant tokens, the hub and its fan-out, and the API.</summary>
internal static class SessionsFeature
{
    public static IServiceCollection AddSessions(this IServiceCollection services)
    {
        services.AddSignalR().AddHubOptions<SessionHub>(options => options.AddFilter<SessionHubErrors>());
        services.AddSingleton<SessionHubErrors>();
        services.AddSingleton<JoinCodeLookup>();
        services.AddSingleton<ParticipantTokens>();
        services.AddSingleton<SessionFanout>();
        services.AddHostedService(sp => sp.GetRequiredService<SessionFanout>());
        return services;
    }

    public static IEndpointRouteBuilder MapSessions(this IEndpointRouteBuilder routes)
    {
        routes.MapHub<SessionHub>(SessionHub.Path);
        return routes.MapSessionsApi();
    }
}
