namespace Hub.Web.Cluster;

/// <summary>How the web node reaches the grains. Bound from <c>Hub:Orleans</c>.</summary>
internal sealed class OrleansClientOptions
{
    public const string SectionName = "Hub:Orleans";

    public OrleansMode Mode { get; set; } = OrleansMode.CoHosted;
}
