using Microsoft.AspNetCore.Localization;

namespace Hub.Web.Localization;

internal static class LocalizationApi
{
    private static readonly string[] Supported = ["sv-SE", "en-GB"];

    /// <summary>The language switch: remembers the choice in the culture cookie and goes back.</summary>
    public static IEndpointRouteBuilder MapLocalizationApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/culture", (HttpContext context, TimeProvider time, [Microsoft.AspNetCore.Mvc.FromForm] string culture, [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl) =>
        {
            if (!Supported.Contains(culture))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "Unsupported language.");
            }

            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = time.GetUtcNow().AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            return Results.LocalRedirect(string.IsNullOrEmpty(returnUrl) || !returnUrl.StartsWith('/') || returnUrl.StartsWith("//", StringComparison.Ordinal) ? "/" : returnUrl);
        })
            .WithName("SetCulture").WithSummary("Chooses the language of the pages.");
        return routes;
    }
}
