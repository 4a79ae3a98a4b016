using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace Hub.Web.Sessions;

/// <summary>
/// A random key that a phone's browser keeps in a cookie, so that a session recognises the browser
/// a moderator removed someone from, after a reload and under a new name. A session sees only a
/// mark derived from the key and its own id: the marks of one browser in two sessions have nothing
/// in common, so they tell nobody which sessions a browser joined.
/// </summary>
internal static class BrowserMarks
{
    public const string CookieName = "hub.browser";
    private const int KeyBytes = 32;

    /// <summary>Gives the browser its key on the session page, before its first join.</summary>
    public static void Ensure(HttpContext http, TimeProvider time)
    {
        if (KeyOf(http.Request) is not null)
        {
            return;
        }

        http.Response.Cookies.Append(CookieName, WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(KeyBytes)), new CookieOptions
        {
            Secure = http.Request.IsHttps,
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            Expires = time.GetUtcNow().AddYears(1),
        });
    }

    /// <summary>The browser's mark in one session, or null if the browser holds no key (a client other than the Hub's pages).</summary>
    public static string? For(HttpContext? http, Guid sessionId)
    {
        if (http is null || KeyOf(http.Request) is not { } key)
        {
            return null;
        }

        var material = new byte[16 + key.Length];
        sessionId.TryWriteBytes(material);
        key.CopyTo(material, 16);
        return WebEncoders.Base64UrlEncode(SHA256.HashData(material));
    }

    private static byte[]? KeyOf(HttpRequest request)
    {
        try
        {
            return request.Cookies[CookieName] is { } value && WebEncoders.Base64UrlDecode(value) is { Length: KeyBytes } key ? key : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
