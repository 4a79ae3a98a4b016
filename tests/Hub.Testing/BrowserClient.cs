using System.Net;
using System.Text.RegularExpressions;

namespace Hub.Testing;

/// <summary>
/// An HTTP client that behaves as a browser does with the Hub's pages: it keeps its cookies,
/// follows no redirect by itself, and submits a form with the antiforgery token of the page it
/// loaded first. <see cref="Cookie"/> gives a SignalR connection the same identity.
/// </summary>
public sealed partial class BrowserClient(HttpClient http) : IDisposable
{
    private readonly Dictionary<string, string> _cookies = [];

    public string Cookie => string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}"));

    public bool IsSignedIn => _cookies.ContainsKey("hub.auth");

    public async Task<HttpResponseMessage> GetAsync(string path) => Keep(await http.SendAsync(Request(HttpMethod.Get, path)));

    /// <summary>The page's HTML; fails the test unless it answered 200.</summary>
    public async Task<string> PageAsync(string path)
    {
        var response = await GetAsync(path);
        return response.StatusCode == HttpStatusCode.OK
            ? await response.Content.ReadAsStringAsync()
            : throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}.");
    }

    /// <summary>Loads <paramref name="pagePath"/> and posts to <paramref name="action"/> (the page itself by default) as its form would.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pagePath, IEnumerable<KeyValuePair<string, string>> fields, string? action = null)
    {
        var html = await PageAsync(pagePath);
        var token = AntiforgeryToken().Match(html);
        if (!token.Success)
        {
            throw new InvalidOperationException($"{pagePath} has no antiforgery token.");
        }

        var request = Request(HttpMethod.Post, action ?? pagePath);
        request.Content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Success ? token.Groups[1].Value : token.Groups[2].Value))]);
        return Keep(await http.SendAsync(request));
    }

    /// <summary>A form post with no antiforgery token, as another site's page (an identity provider) makes one.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var request = Request(HttpMethod.Post, path);
        request.Content = new FormUrlEncodedContent(fields);
        return Keep(await http.SendAsync(request));
    }

    /// <summary>A script's JSON POST with the browser's cookies, as the HTTP API receives it.</summary>
    public Task<HttpResponseMessage> PostJsonAsync<T>(string path, T body) => SendJsonAsync(HttpMethod.Post, path, body);

    public async Task<HttpResponseMessage> SendJsonAsync<T>(HttpMethod method, string path, T body)
    {
        var request = Request(method, path);
        request.Content = System.Net.Http.Json.JsonContent.Create(body, options: new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web));
        return Keep(await http.SendAsync(request));
    }

    public async Task<HttpResponseMessage> DeleteAsync(string path) => Keep(await http.SendAsync(Request(HttpMethod.Delete, path)));

    public Task<HttpResponseMessage> SubmitAsync(string pagePath, params (string Name, string Value)[] fields) =>
        SubmitAsync(pagePath, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    public void Dispose() => http.Dispose();

    private HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", Cookie);
        }

        return request;
    }

    private HttpResponseMessage Keep(HttpResponseMessage response)
    {
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = header.Split(';')[0];
            var separator = pair.IndexOf('=', StringComparison.Ordinal);
            var (name, value) = (pair[..separator], pair[(separator + 1)..]);
            if (value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
            {
                _cookies.Remove(name);
            }
            else
            {
                _cookies[name] = value;
            }
        }

        return response;
    }

    [GeneratedRegex(@"name=""__RequestVerificationToken"" type=""hidden"" value=""([^""]+)""|type=""hidden"" name=""__RequestVerificationToken"" value=""([^""]+)""")]
    private static partial Regex AntiforgeryToken();
}
