namespace Hub.Web.Events;

/// <summary>Events at meeting places: planning their sessions, registration, check-in, calendars.</summary>
public static class EventsFeature
{
    public static IServiceCollection AddEvents(this IServiceCollection services) => services.AddSingleton<EventPlanner>();

    public static IEndpointRouteBuilder MapEvents(this IEndpointRouteBuilder routes) => routes.MapEventsApi();
}
