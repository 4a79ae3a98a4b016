namespace Hub.Architecture.Tests;

/// <summary>
/// Features (Hub.Web.&lt;Feature&gt;, Hub.Grains.&lt;Feature&gt;, found in the compiled code) may use one
/// another, but never in a circle: a cycle means one feature reaches into another's internals
/// and the two can no longer change apart.
/// </summary>
public sealed class FeatureTests
{
    /// <summary>
    /// The web's shared kernel, which every feature may use and which takes no part in the graph.
    /// Shared and Http hold what every feature's pages and endpoints use (layout, paging, problem
    /// details); Pages.Shared is Razor's conventional folder for the layout and partials;
    /// Localization holds the strings every page reads; Forms the form-value helpers every form
    /// uses. Hosting is not among them: it is the composition root, which depends on every feature
    /// and must have no feature depend on it, so in the graph it may only ever start an edge.
    /// </summary>
    private static readonly string[] _webKernel =
    [
        "Hub.Web.Shared",
        "Hub.Web.Http",
        "Hub.Web.Pages.Shared",
        "Hub.Web.Localization",
        "Hub.Web.Forms",
    ];

    /// <summary>
    /// The domain's shared kernel: the namespace Hub.Grains itself (rule errors, common codes, user
    /// text, pages of results) lies outside every feature anyway; Storage is the durability every
    /// grain builds on (group commit, the journal, the storage names).
    /// </summary>
    private static readonly string[] _domainKernel = ["Hub.Grains.Storage"];

    [Fact]
    public void The_web_features_depend_on_each_other_without_a_cycle()
    {
        var graph = FeatureGraph.Of(CodeMap.Web, "Hub.Web", "Hub.Web", _webKernel);
        Assert.True(graph.Features.Count > 1, $"Found too few web features to judge: {string.Join(", ", graph.Features)}");

        Verdict.NoneOf(graph.Cycles(), "Web features that depend on each other in a cycle");
    }

    [Fact]
    public void The_domain_features_depend_on_each_other_without_a_cycle()
    {
        var graph = FeatureGraph.Of(CodeMap.Grains, "Hub.Grains", "Hub.Grains", _domainKernel);
        Assert.True(graph.Features.Count > 1, $"Found too few domain features to judge: {string.Join(", ", graph.Features)}");

        Verdict.NoneOf(graph.Cycles(), "Domain features that depend on each other in a cycle");
    }
}
