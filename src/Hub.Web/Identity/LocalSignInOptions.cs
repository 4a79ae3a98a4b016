namespace Hub.Web.Identity;

/// <summary>
/// The sign-in link for a local run: no identity provider, one moderator. Bound from
/// <c>Hub:LocalSignIn</c>; keep it off wherever the Hub is reachable by others.
/// </summary>
internal sealed class LocalSignInOptions
{
    public const string SectionName = "Hub:LocalSignIn";

    public bool Enabled { get; set; }
}
