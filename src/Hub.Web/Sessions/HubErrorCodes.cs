namespace Hub.Web.Sessions;

/// <summary>Error codes the hub itself raises, beside the session rules' own.</summary>
internal static class HubErrorCodes
{
    public const string InvalidCode = "invalid_code";
    public const string InvalidToken = "invalid_token";
    public const string NotBound = "not_joined";
    public const string RateLimited = "rate_limited";
    public const string Unauthorized = "unauthorized";
    public const string Unavailable = "unavailable";
}
