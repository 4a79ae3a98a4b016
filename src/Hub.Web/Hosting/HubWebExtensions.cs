using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Hub.Silo.Hosting;
using Hub.Web.Challenges;
using Hub.Web.Demo;
using Hub.Web.Events;
using Hub.Web.Health;
using Hub.Web.Home;
using Hub.Web.Identity;
using Hub.Web.Localization;
using Hub.Web.Mail;
using Hub.Web.Organisations;
using Hub.Web.Places;
using Hub.Web.RateLimits;
using Hub.Web.Sessions;
using Hub.Web.Shared;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;

namespace Hub.Web.Hosting;

/// <summary>The composition root: what the whole web tier shares, then each feature's services and endpoints.</summary>
internal static class HubWebExtensions
{
    public static WebApplicationBuilder AddHubWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.Logging.AddFilter("Polly", LogLevel.Warning);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<HubWebOptions>().BindConfiguration(HubWebOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<KeyStorageOptions>().BindConfiguration(KeyStorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PublicOrigin>();

        // Swedish letters go out as themselves, not as numeric character references.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddCultures();
        // Pages live in the feature folders beside their API, each with its absolute route.
        services.AddRazorPages(options =>
            {
                options.RootDirectory = "/";
                options.Conventions.ConfigureFilter(new TypeFilterAttribute(typeof(RuleRefusalFilter)));
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));

        // The key ring is handed its folder while the services are being registered.
        var keys = builder.Configuration.GetSection(KeyStorageOptions.SectionName).Get<KeyStorageOptions>()?.KeysDirectory
            ?? Path.Combine(builder.Configuration.GetHubStorage().DataDirectory, "keys");
        services.AddDataProtection()
            .SetApplicationName("innovation-hub")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.GetFullPath(keys, builder.Environment.ContentRootPath)));

        services.AddSignalR(options => options.MaximumReceiveMessageSize = 16 * 1024)
            .AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddProblemDetails();
        services.AddOpenApi();

        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<HubWebOptions>>((options, web) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only these proxies (and loopback) are believed about who the client is.
            foreach (var proxy in web.Value.KnownProxies)
            {
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });

        builder.AddIdentity();
        services.AddRateLimits();
        services.AddMail();
        services.AddHome();
        services.AddSessions();
        services.AddDemo();
        services.AddHealth();
        return builder;
    }

    public static WebApplication UseHubWeb(this WebApplication app)
    {
        // First, so that limits per address and links count the client, not the proxy in front.
        app.UseForwardedHeaders();
        // People get a page in their language; API clients keep ProblemDetails with a code.
        app.UseWhen(ForPeople, people =>
        {
            if (!app.Environment.IsDevelopment())
            {
                people.UseExceptionHandler("/error/500");
            }

            people.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        app.UseWhen(context => !ForPeople(context), clients =>
        {
            if (!app.Environment.IsDevelopment())
            {
                clients.UseExceptionHandler();
            }

            clients.UseStatusCodePages();
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

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

    /// <summary>Everything but the API, the hub and the health checks is read by people.</summary>
    private static bool ForPeople(HttpContext context) =>
        !context.Request.Path.StartsWithSegments("/api")
        && !context.Request.Path.StartsWithSegments(SessionHub.Path)
        && !context.Request.Path.StartsWithSegments("/health");

    public static WebApplication MapHubEndpoints(this WebApplication app)
    {
        // Every feature's pages at once: Razor Pages finds them by their routes, wherever they are filed.
        app.MapRazorPages();
        app.MapSessions();
        app.MapChallenges();
        app.MapOrganisations();
        app.MapPlaces();
        app.MapEvents();
        app.MapOpenApi();
        app.MapIdentity();
        app.MapCultures();
        app.MapHealth();
        return app;
    }
}
