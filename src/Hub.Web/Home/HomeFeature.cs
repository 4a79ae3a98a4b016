using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Web.Home;

internal static class HomeFeature
{
    public static IServiceCollection AddHome(this IServiceCollection services) =>
        // The home page has answered at /Index too since it was first filed as Pages/Index.
        services.Configure<RazorPagesOptions>(options => options.Conventions.AddPageRoute("/Home/Pages/Index", "Index"));
}
