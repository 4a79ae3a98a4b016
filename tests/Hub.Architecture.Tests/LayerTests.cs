using System.Text.RegularExpressions;

namespace Hub.Architecture.Tests;

/// <summary>Which project may depend on which: Web -> Grains, Silo -> Grains, and Web -> Silo only to co-host it.</summary>
public sealed class LayerTests
{
    private const string Hosting = "Hub.Web.Hosting";

    [Fact]
    public void The_domain_depends_on_neither_ASP_NET_Core_nor_the_web_nor_the_silo()
    {
        string[] forbidden = ["Microsoft.AspNetCore", "Hub.Web", "Hub.Silo"];

        Verdict.NoneOf(
            References(Solution.Grains, forbidden).Concat(forbidden.SelectMany(target =>
                CodeMap.Grains.Dependents(_ => true, [target]).Select(type => $"{type.FullName} -> {target}"))),
            "Hub.Grains references what the domain must not know");
    }

    [Fact]
    public void The_silo_depends_on_no_web_type()
    {
        Verdict.NoneOf(
            References(Solution.Silo, ["Hub.Web"]).Concat(
                CodeMap.Silo.Dependents(_ => true, ["Hub.Web"]).Select(type => $"{type.FullName} -> Hub.Web")),
            "Hub.Silo depends on the web");
    }

    [Fact]
    public void The_web_uses_grain_interfaces_and_never_grain_classes_or_their_state()
    {
        var grainTypes = DomainTypes.GrainClasses.Concat(DomainTypes.GrainStates).ToList();
        Assert.NotEmpty(DomainTypes.GrainClasses);
        Assert.NotEmpty(DomainTypes.GrainStates);

        var inCode = grainTypes.SelectMany(grainType =>
            CodeMap.Web.Dependents(_ => true, [grainType.FullName!]).Select(type => $"{type.FullName} -> {grainType.FullName}"));

        // A constant leaves no trace in the compiled web (EventLimits.MaxSessions becomes 50), so
        // the sources are read too. A name the web declares itself would only be a false alarm.
        var ownNames = CodeMap.Web.Types.Select(type => type.Name).ToHashSet(StringComparer.Ordinal);
        var inSource =
            from grainType in grainTypes
            where !ownNames.Contains(grainType.Name)
            let name = new Regex($@"(?<!\w){Regex.Escape(grainType.Name)}(?!\w)")
            from file in SourceFiles.Of("Hub.Web")
            from line in file.Lines.Select((text, index) => (text, number: index + 1))
            where name.IsMatch(line.text)
            select $"{file.Path}:{line.number} -> {grainType.FullName}";

        Verdict.NoneOf(inCode.Concat(inSource), "Hub.Web uses grain classes or grain state (use the grain interface, or a limit the interface's contracts publish)");
    }

    [Fact]
    public void Only_the_composition_root_depends_on_hosting()
    {
        var program = Solution.Web.EntryPoint?.DeclaringType?.FullName;
        Assert.NotNull(program);

        var outsiders = CodeMap.Web.Dependents(
            type => !CodeMap.IsWithin(CodeMap.NamespaceOf(type), Hosting) && CodeMap.Outermost(type).FullName != program,
            [Hosting]);

        var constants = ConstantUses.In(CodeMap.Web, "Hub.Web")
            .Where(use => CodeMap.IsWithin(CodeMap.NamespaceOf(use.Holder), Hosting) && !CodeMap.IsWithin(use.Namespace, Hosting))
            .Select(use => $"{use.Place} -> {use.Holder.FullName}");

        Verdict.NoneOf(
            outsiders.Select(type => $"{CodeMap.Describe(type)} -> {Hosting}").Concat(constants),
            $"Types outside {Hosting} and {program} depend on {Hosting}, the composition root");
    }

    private static IEnumerable<string> References(System.Reflection.Assembly assembly, string[] forbidden) =>
        assembly.GetReferencedAssemblies()
            .Where(reference => forbidden.Any(name => CodeMap.IsWithin(reference.Name ?? "", name)))
            .Select(reference => $"{assembly.GetName().Name} references the assembly {reference.Name}");
}
