namespace Hub.Web.Demo;

/// <summary>Bound from <c>Hub:Demo</c>; the default local run seeds, production does not.</summary>
internal sealed class DemoOptions
{
    public const string SectionName = "Hub:Demo";

    public bool Seed { get; set; }
}
