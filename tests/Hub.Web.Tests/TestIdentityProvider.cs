using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Web.Tests;

/// <summary>
/// A small OpenID Connect provider on a real loopback port, standing in for the city's: discovery,
/// signing keys, an authorize endpoint that signs in one fixed person at once, and a token
/// endpoint that swaps the code for a signed ID token. Enough for the Hub's real OIDC handler.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "innovation-hub";
    public const string ClientSecret = "test-secret";

    private static readonly string[] _codeFlow = ["code"];
    private static readonly string[] _publicSubjects = ["public"];
    private static readonly string[] _rs256 = ["RS256"];
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "test-key" };
    private readonly ConcurrentDictionary<string, string> _nonces = new();
    private readonly WebApplication _app;

    private TestIdentityProvider(WebApplication app, string authority) => (_app, Authority) = (app, authority);

    public string Authority { get; }

    public (string Subject, string Email, string Name) Person { get; set; } = ("sub-1", "lena.lind@stockholm.example", "Lena Lind");

    /// <summary>Whether the provider vouches for the person's e-mail address.</summary>
    public bool EmailVerified { get; set; } = true;

    public static async Task<TestIdentityProvider> StartAsync()
    {
        var authority = $"http://127.0.0.1:{FreePort.Next()}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(authority);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var provider = new TestIdentityProvider(app, authority);
        provider.Map(app);
        await app.StartAsync();
        return provider;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private void Map(WebApplication app)
    {
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Authority,
            ["authorization_endpoint"] = $"{Authority}/authorize",
            ["token_endpoint"] = $"{Authority}/token",
            ["jwks_uri"] = $"{Authority}/jwks",
            ["response_types_supported"] = _codeFlow,
            ["subject_types_supported"] = _publicSubjects,
            ["id_token_signing_alg_values_supported"] = _rs256,
        }));
        app.MapGet("/jwks", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_key.Rsa.ExportParameters(false)) { KeyId = _key.KeyId });
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, kid = jwk.Kid, use = "sig", alg = "RS256", n = jwk.N, e = jwk.E } } });
        });

        // Signs the person in at once and answers as a form post would: with the code and the state.
        app.MapGet("/authorize", (HttpRequest request) =>
        {
            var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            _nonces[code] = request.Query["nonce"].ToString();
            return Results.Json(new { redirect_uri = request.Query["redirect_uri"].ToString(), code, state = request.Query["state"].ToString() });
        });
        app.MapPost("/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            if (!_nonces.TryRemove(form["code"].ToString(), out var nonce) || form["client_id"] != ClientId || form["client_secret"] != ClientSecret)
            {
                return Results.Json(new { error = "invalid_grant" }, statusCode: StatusCodes.Status400BadRequest);
            }

            var now = DateTime.UtcNow;
            var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = Authority,
                Audience = ClientId,
                IssuedAt = now,
                NotBefore = now,
                Expires = now.AddMinutes(5),
                Subject = new ClaimsIdentity([new Claim("sub", Person.Subject), new Claim("email", Person.Email), new Claim("name", Person.Name), new Claim("email_verified", EmailVerified ? "true" : "false"), new Claim("nonce", nonce)]),
                SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
            });
            return Results.Json(new { id_token = idToken, access_token = "unused", token_type = "Bearer", expires_in = 300 });
        });
    }
}
