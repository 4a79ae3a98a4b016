namespace Hub.Web.Events;

/// <summary>Events at meeting places: their agenda, registration, check-in, calendars.</summary>
public static class EventsFeature
{
    public static IServiceCollection AddEvents(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapEvents(this IEndpointRouteBuilder routes) => routes.MapEventsApi();
}
