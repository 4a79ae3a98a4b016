namespace Hub.Web.Identity;

/// <summary>
/// The organisation's identity provider (OpenID Connect). Bound from <c>Hub:Oidc</c>; the Hub offers
/// it on the sign-in page once <see cref="Authority"/> and <see cref="ClientId"/> are set.
/// </summary>
public sealed class OidcOptions
{
    public const string SectionName = "Hub:Oidc";
    public const string Scheme = "oidc";

    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Shown on the button: "Sign in with Stockholms stad".</summary>
    public string DisplayName { get; set; } = "Stockholms stad";

    /// <summary>Only for a local test provider; a real one is reached over HTTPS.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrEmpty(Authority) && !string.IsNullOrEmpty(ClientId);
}
