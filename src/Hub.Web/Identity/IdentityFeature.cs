using Microsoft.AspNetCore.Authentication.Cookies;

namespace Hub.Web.Identity;

/// <summary>Who someone is: the sign-in cookie, the identity provider, e-mailed links, and the roles' policies.</summary>
internal static class IdentityFeature
{
    public static WebApplicationBuilder AddIdentity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<LocalSignInOptions>().BindConfiguration(LocalSignInOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OidcOptions>().BindConfiguration(OidcOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        // Whether the identity provider is configured decides which authentication schemes exist,
        // so its section is read while they are being registered.
        var oidc = builder.Configuration.GetSection(OidcOptions.SectionName).Get<OidcOptions>() ?? new OidcOptions();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/sign-in";
                options.AccessDeniedPath = "/sign-in";
                options.Cookie.Name = "hub.auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                // Only a local run over plain HTTP may send the cookie unencrypted.
                options.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                options.ExpireTimeSpan = TimeSpan.FromHours(12);
                options.SlidingExpiration = true;
                options.EventsType = typeof(AccountCookieEvents);
            })
            .AddHubOidc(oidc);
        services.AddAuthorizationBuilder()
            .AddPolicy(HubRoles.Admin, policy => policy.RequireRole(HubRoles.Admin))
            .AddPolicy(HubRoles.Moderator, policy => policy.RequireRole(HubRoles.Moderator));
        services.AddSingleton<AccountCookieEvents>();
        services.AddSingleton<LocalSignIn>();
        services.AddSingleton<FirstAdminSetup>();
        services.AddSingleton<AccountRegistry>();
        services.AddSingleton<SignInLinkRequests>();
        services.AddHostedService(sp => sp.GetRequiredService<SignInLinkRequests>());
        return builder;
    }

    public static IEndpointRouteBuilder MapIdentity(this IEndpointRouteBuilder routes) => routes.MapIdentityApi();
}
