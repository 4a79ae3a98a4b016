using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Hub.Web.Localization;

/// <summary>Swedish first, English on request: the cultures, the strings and the culture switch.</summary>
internal static class LocalizationFeature
{
    public static IServiceCollection AddCultures(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        return services.Configure<RequestLocalizationOptions>(options =>
        {
            CultureInfo[] cultures = [new("sv-SE"), new("en-GB")];
            options.DefaultRequestCulture = new RequestCulture("sv-SE");
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.ApplyCurrentCultureToResponseHeaders = true;
        });
    }

    public static IEndpointRouteBuilder MapCultures(this IEndpointRouteBuilder routes) => routes.MapLocalizationApi();
}
