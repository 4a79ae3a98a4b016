namespace Hub.Web.Places;

/// <summary>Meeting places and their calendars.</summary>
public static class PlacesFeature
{
    public static IEndpointRouteBuilder MapPlaces(this IEndpointRouteBuilder routes) => routes.MapPlacesApi();
}
