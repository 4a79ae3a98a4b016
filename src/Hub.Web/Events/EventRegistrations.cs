namespace Hub.Web.Events;

/// <summary>The registration a browser holds for an event, in a cookie of its own until the event ends.</summary>
internal static class EventRegistrations
{
    public static string CookieName(Guid eventId) => $"hub.event.{eventId:N}";

    public static CookieOptions CookieOptions(DateTimeOffset eventEnds, bool secure) => new()
    {
        Secure = secure,
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        IsEssential = true,
        Expires = eventEnds.AddDays(1),
    };

    public static Guid? Read(HttpRequest request, Guid eventId) =>
        Guid.TryParse(request.Cookies[CookieName(eventId)], out var registration) ? registration : null;
}
