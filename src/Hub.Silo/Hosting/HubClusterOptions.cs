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

    /// <summary>
    /// How long a silo waits for a probe of another before counting it missed. Three missed
    /// probes and the other is declared dead and its grains come back elsewhere, so this bounds
    /// how long the sessions of a dead silo are away (Orleans' default is 5 s).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a web node waits for a grain call; a call to a silo that died fails after this.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often a web node rereads the list of silos from the membership table.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan GatewayListRefreshPeriod { get; set; } = TimeSpan.FromSeconds(10);
}
