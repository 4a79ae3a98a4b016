using System.ComponentModel.DataAnnotations;

namespace Hub.Silo.Hosting;

/// <summary>How silos find each other. Bound from the <c>Hub:Cluster</c> section.</summary>
public sealed class HubClusterOptions
{
    public const string SectionName = "Hub:Cluster";

    [Required]
    public string ClusterId { get; set; } = "hub";

    [Required]
    public string ServiceId { get; set; } = "innovation-hub";

    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address this silo advertises; empty picks the loopback address for a single process.</summary>
    public string? AdvertisedAddress { get; set; }
}
