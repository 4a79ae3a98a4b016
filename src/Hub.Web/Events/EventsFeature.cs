namespace Hub.Web.Events;

/// <summary>Events at meeting places: their agenda, registration, check-in, calendars.</summary>
internal static class EventsFeature
{
    public static IEndpointRouteBuilder MapEvents(this IEndpointRouteBuilder routes) => routes.MapEventsApi();
}
