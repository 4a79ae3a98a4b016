namespace Hub.Architecture.Tests;

/// <summary>
/// Features (Hub.Web.&lt;Feature&gt;, Hub.Grains.&lt;Feature&gt;, found in the compiled code) may use one
/// another, but never reach into another's internals: in the web, where a cycle would mean just
/// that, they depend on each other in no circle; in the domain, they use no other feature's grain
/// class or state.
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

    /// <summary>
    /// Grains call each other both ways by design (an account's erasure tells each challenge it
    /// follows; a challenge asks the account who acts), so the domain's features may use each
    /// other's contracts in a circle. What a feature may not touch is another feature's grain class
    /// or stored state, where that feature's rules and truth live: it asks the grain instead.
    /// </summary>
    [Fact]
    public void Domain_features_reach_each_other_only_through_grain_interfaces_and_contracts()
    {
        var internals = DomainTypes.GrainClasses.Concat(DomainTypes.GrainStates).ToList();
        Assert.NotEmpty(internals);

        var inCode =
            from inner in internals
            let feature = FeatureOf(inner.Namespace!)
            from type in CodeMap.Grains.Dependents(type => IsDomainCode(type) && FeatureOf(CodeMap.NamespaceOf(type)) != feature, [inner.FullName!])
            select $"{CodeMap.Describe(type)} -> {inner.FullName}";
        var constants =
            from use in ConstantUses.In(CodeMap.Grains, "Hub.Grains")
            where internals.Any(inner => inner.FullName == use.Holder.FullName) && FeatureOf(use.Namespace) != FeatureOf(CodeMap.NamespaceOf(use.Holder))
            select $"{use.Place} -> {use.Holder.FullName}";

        Verdict.NoneOf(inCode.Concat(constants), "Domain features that use another feature's grain class or state");
    }

    /// <summary>Code written in the domain; Orleans' generated serializers and proxies know every grain by design.</summary>
    private static bool IsDomainCode(Mono.Cecil.TypeDefinition type) => CodeMap.IsWithin(CodeMap.NamespaceOf(type), "Hub.Grains");

    /// <summary>The feature a domain namespace belongs to: its second segment (Hub.Grains.Sessions), or the kernel.</summary>
    private static string FeatureOf(string ns) =>
        ns.Split('.') is [_, _, var feature, ..] && !_domainKernel.Contains($"Hub.Grains.{feature}") ? feature : "kernel";
}
