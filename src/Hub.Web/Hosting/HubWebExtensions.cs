using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Hub.Web.Challenges;
using Hub.Web.Demo;
using Hub.Web.Events;
using Hub.Web.Health;
using Hub.Web.Identity;
using Hub.Web.Localization;
using Hub.Web.Mail;
using Hub.Web.Organisations;
using Hub.Web.Places;
using Hub.Web.RateLimits;
using Hub.Web.Sessions;
using Hub.Web.Shared;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;

namespace Hub.Web.Hosting;

public static class HubWebExtensions
{
    public static WebApplicationBuilder AddHubWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.Logging.AddFilter("Polly", LogLevel.Warning);

        services.AddOptions<LocalSignInOptions>().BindConfiguration(LocalSignInOptions.SectionName);
        services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.SectionName);
        services.AddOptions<OidcOptions>().BindConfiguration(OidcOptions.SectionName);
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);

        // Swedish letters go out as themselves, not as numeric character references.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        // Pages live in the feature folders beside their API, each with its absolute route.
        services.AddRazorPages(options =>
            {
                options.RootDirectory = "/";
                // The home page has answered at /Index too since it was first filed as Pages/Index.
                options.Conventions.AddPageRoute("/Home/Pages/Index", "Index");
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            CultureInfo[] cultures = [new("sv-SE"), new("en-GB")];
            options.DefaultRequestCulture = new RequestCulture("sv-SE");
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.ApplyCurrentCultureToResponseHeaders = true;
        });

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

        var keys = builder.Configuration["Hub:DataProtection:KeysDirectory"]
            ?? Path.Combine(builder.Configuration["Hub:Storage:DataDirectory"] ?? "data", "keys");
        services.AddDataProtection()
            .SetApplicationName("innovation-hub")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.GetFullPath(keys, builder.Environment.ContentRootPath)));

        services.AddSignalR(options => options.MaximumReceiveMessageSize = 16 * 1024)
            .AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .AddHubOptions<SessionHub>(options => options.AddFilter<SessionHubErrors>());
        services.AddSingleton<SessionHubErrors>();
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddProblemDetails();

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only these proxies (and loopback) are believed about who the client is.
            foreach (var proxy in builder.Configuration.GetSection("Hub:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
        services.AddOptions<RateLimitOptions>()
            .Bind(builder.Configuration.GetSection(RateLimitOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<HubRateLimits>();
        services.AddSignInLimits();
        services.AddSingleton<JoinCodeLookup>();
        services.AddSingleton<ParticipantTokens>();
        services.AddSingleton<SessionLauncher>();
        services.AddSingleton<EventPlanner>();
        services.AddOpenApi();
        services.AddSingleton<SessionFanout>();
        services.AddHostedService(sp => sp.GetRequiredService<SessionFanout>());
        services.AddSingleton<LocalSignIn>();
        services.AddSingleton<FirstAdminSetup>();
        services.AddSingleton<AccountRegistry>();
        services.AddSingleton<SignInLinkRequests>();
        services.AddHostedService(sp => sp.GetRequiredService<SignInLinkRequests>());
        services.AddSingleton<MailSender>();
        services.AddSingleton<PublicOrigin>();
        services.AddSingleton<DemoSeeder>();
        services.AddHostedService(sp => sp.GetRequiredService<DemoSeeder>());
        services.AddHostedService<StartupBanner>();

        services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>("storage", tags: ["ready"]);
        return builder;
    }

    public static WebApplication UseHubWeb(this WebApplication app)
    {
        // First, so that limits per address and links count the client, not the proxy in front.
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler();
            app.UseHsts();
        }

        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapHubEndpoints(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapHub<SessionHub>(SessionHub.Path);
        app.MapSessionsApi();
        app.MapChallengesApi();
        app.MapContributionsApi();
        app.MapOrganisationsApi();
        app.MapPlacesApi();
        app.MapEventsApi();
        app.MapOpenApi();
        app.MapIdentityApi();
        app.MapLocalizationApi();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }
}
