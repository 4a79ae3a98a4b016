using System.Net;
using Hub.LoadTest.Protocol;

namespace Hub.LoadTest.Clients;

/// <summary>The moderator's HTTP side: the local sign-in link and opening sessions (docs/protocol.md §12).</summary>
public sealed class HubAdmin : IDisposable
{
    /// <summary>A challenge the Hub seeds in Development (src/Hub.Web/Demo/DemoData.cs).</summary>
    public static readonly Guid DemoChallengeId = new("1c9a0d6e-58a4-4c1f-8f1e-3b3d2a7c9e01");

    private readonly HttpClient _http;
    private readonly Uri _signIn;

    public HubAdmin(Uri signIn)
    {
        _signIn = signIn;
        Cookies = new CookieContainer();
        _http = new HttpClient(new SocketsHttpHandler { CookieContainer = Cookies, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(signIn.GetLeftPart(UriPartial.Authority)),
        };
    }

    /// <summary>Holds the <c>hub.auth</c> cookie once signed in; moderator connections send it.</summary>
    public CookieContainer Cookies { get; }

    public async Task SignInAsync(CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(_signIn, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Redirect || Cookies.GetCookies(_http.BaseAddress!)["hub.auth"] is null)
        {
            throw new InvalidOperationException($"The sign-in link answered {(int)response.StatusCode} without the moderator cookie; is it from this run of the Hub?");
        }
    }

    public async Task<LaunchedSession> LaunchAsync(string title, WireSettings settings, CancellationToken cancellationToken)
    {
        var request = new LaunchRequest(DemoChallengeId, title, "load test", settings);
        using var response = await _http.PostAsJsonAsync("/api/sessions", request, WireJson.Default.LaunchRequest, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException($"Opening a session answered {(int)response.StatusCode}: {body}");
        }

        return await response.Content.ReadFromJsonAsync(WireJson.Default.LaunchedSession, cancellationToken)
            ?? throw new InvalidOperationException("Opening a session answered no body.");
    }

    public void Dispose() => _http.Dispose();
}
