using System.Net;
using System.Text.Json.Serialization;
using Hub.Grains.Accounts;
using Hub.Web.Identity;
using Hub.Web.Sessions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Testing;

/// <summary>
/// The real Hub in one process: web, co-hosted silo and SQLite storage in a data folder the test
/// owns, so a second instance on the same folder is a restart. With <c>kestrel</c> it listens on
/// a real loopback port, for a real browser.
/// </summary>
public sealed class HubApp : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private bool _ownsDataDirectory;

    public HubApp(string dataDirectory, IReadOnlyDictionary<string, string?>? settings = null, bool kestrel = false)
    {
        DataDirectory = dataDirectory;
        _settings = settings ?? new Dictionary<string, string?>();
        if (kestrel)
        {
            UseKestrel(0);
        }
    }

    public string DataDirectory { get; }

    /// <summary>A Hub in a fresh temporary data folder that goes away with it.</summary>
    public static HubApp InNewFolder(IReadOnlyDictionary<string, string?>? settings = null, bool kestrel = false) =>
        new(Directory.CreateTempSubdirectory("hub-tests-").FullName, settings, kestrel) { _ownsDataDirectory = true };

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDataDirectory && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    /// <summary>Where a browser reaches the Kestrel-hosted app.</summary>
    public Uri RootUri
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Hub:Storage:Provider", "Sqlite");
        builder.UseSetting("Hub:Storage:DataDirectory", DataDirectory);
        builder.UseSetting("Hub:Cluster:SiloPort", FreePort.Next().ToString());
        builder.UseSetting("Hub:Cluster:GatewayPort", FreePort.Next().ToString());
        builder.UseSetting("Hub:LocalSignIn:Enabled", "true");
        builder.UseSetting("Hub:Demo:Seed", "true");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    public string DemoJoinCode => Services.GetRequiredService<Hub.Web.Demo.DemoSeeder>().LiveSession!.JoinCode;

    public Guid DemoSessionId => Hub.Web.Demo.DemoData.LiveSessionId;

    /// <summary>A browser-like HTTP client signed in as the local moderator.</summary>
    public async Task<(HttpClient Client, string Cookie)> SignInModeratorAsync()
    {
        using var admin = await LocalAdminAsync();
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", admin.Cookie);
        return (client, admin.Cookie);
    }

    /// <summary>A fresh browser: no cookies, no identity.</summary>
    public BrowserClient NewBrowser() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }));

    /// <summary>A browser signed in as the local admin through the link the Hub printed.</summary>
    public async Task<BrowserClient> LocalAdminAsync()
    {
        var browser = NewBrowser();
        await browser.GetAsync($"/signin/{Services.GetRequiredService<LocalSignIn>().Secret}");
        return browser.IsSignedIn ? browser : throw new InvalidOperationException("The local admin link signed nobody in.");
    }

    /// <summary>Follows a mailed sign-in link as its recipient would: open it, press the button.</summary>
    public static Task<HttpResponseMessage> UseSignInLinkAsync(BrowserClient browser, string link)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(new Uri("http://hub/"), link).Query);
        return browser.SubmitAsync(link, ("account", query["account"].ToString()), ("secret", query["secret"].ToString()));
    }

    /// <summary>
    /// An account with these roles (granted by the local admin), and a browser signed in as it the
    /// way people sign in: through a one-time link.
    /// </summary>
    public async Task<(BrowserClient Browser, AccountView Account)> SignedInAsync(string name, params HubRole[] roles)
    {
        var account = await AccountAsync(name, roles);
        return (await SignInAgainAsync(account), account);
    }

    /// <summary>A new account with these roles, granted by the local admin.</summary>
    public async Task<AccountView> AccountAsync(string name, params HubRole[] roles)
    {
        var admin = await Services.GetRequiredService<LocalSignIn>().LocalAdminAsync();
        var account = await Services.GetRequiredService<AccountRegistry>().FindOrCreateAsync($"{Guid.NewGuid():N}@example.se", name);
        return await Services.GetRequiredService<IGrainFactory>().GetGrain<IAccountGrain>(account.Id).SetRoles(admin.Id, roles.ToHashSet());
    }

    /// <summary>A fresh browser signed in as an existing account through a new one-time link.</summary>
    public async Task<BrowserClient> SignInAgainAsync(AccountView account)
    {
        var secret = await Services.GetRequiredService<IGrainFactory>().GetGrain<IAccountGrain>(account.Id).IssueSignInLink(TimeSpan.FromMinutes(5));
        var browser = NewBrowser();
        var response = await UseSignInLinkAsync(browser, $"/sign-in/link?account={account.Id:N}&secret={Uri.EscapeDataString(secret)}");
        return response.StatusCode == HttpStatusCode.Redirect && browser.IsSignedIn
            ? browser
            : throw new InvalidOperationException($"Signing in {account.DisplayName} answered {response.StatusCode}.");
    }

    /// <summary>A real SignalR connection over the test server's WebSockets.</summary>
    public HubConnection CreateConnection(string? cookie = null) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(Server.BaseAddress, SessionHub.Path), options =>
            {
                options.SkipNegotiation = true;
                options.Transports = HttpTransportType.WebSockets;
                options.WebSocketFactory = async (context, cancellationToken) =>
                {
                    var client = Server.CreateWebSocketClient();
                    if (cookie is not null)
                    {
                        client.ConfigureRequest = request => request.Headers.Cookie = cookie;
                    }

                    return await client.ConnectAsync(context.Uri, cancellationToken);
                };
            })
            .AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .Build();
}
