using System.ComponentModel.DataAnnotations;

namespace Hub.Web.Shared;

/// <summary>Where the Hub is reached and who stands in front of it. Bound from the <c>Hub</c> section.</summary>
public sealed class HubWebOptions
{
    public const string SectionName = "Hub";

    /// <summary>The address people reach the Hub at; unset, links use the request's own host.</summary>
    [Url]
    public string? PublicUrl { get; set; }

    /// <summary>Proxies (besides loopback) believed about who the client is.</summary>
    public string[] KnownProxies { get; set; } = [];
}
