namespace Hub.Web.Places;

/// <summary>Meeting places and their calendars.</summary>
internal static class PlacesFeature
{
    public static IEndpointRouteBuilder MapPlaces(this IEndpointRouteBuilder routes) => routes.MapPlacesApi();
}
