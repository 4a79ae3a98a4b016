using System.Reflection;
using Mono.Cecil;

namespace Hub.Architecture.Tests;

/// <summary>
/// One assembly as the dependency rules see it: its type definitions, the namespace each belongs
/// to, and which of them depend on what. NetArchTest searches the dependencies (signatures,
/// attributes, method bodies, and the lambdas and async state machines the compiler generates
/// inside a type); Cecil lists the types.
/// </summary>
/// <remarks>
/// Constants are invisible here: the compiler copies a const's value into the code that uses it,
/// so no reference to the declaring type is left in the assembly. <see cref="ConstantUses"/> and
/// <see cref="SourceFiles"/> read the sources for them.
/// </remarks>
public sealed class CodeMap
{
    /// <summary>Razor compiles every page and view into this one namespace, whatever its folder.</summary>
    public const string RazorViews = "AspNetCoreGeneratedDocument";

    private readonly Assembly _assembly;

    public CodeMap(Assembly assembly)
    {
        _assembly = assembly;
        var module = ModuleDefinition.ReadModule(assembly.Location);
        Types = module.GetTypes().Where(type => type.Name != "<Module>").ToList();
        ByName = Types.ToDictionary(type => type.FullName, StringComparer.Ordinal);
    }

    public static CodeMap Grains { get; } = new(Solution.Grains);

    public static CodeMap Silo { get; } = new(Solution.Silo);

    public static CodeMap Web { get; } = new(Solution.Web);

    /// <summary>Every type, nested ones included.</summary>
    public IReadOnlyList<TypeDefinition> Types { get; }

    public IReadOnlyDictionary<string, TypeDefinition> ByName { get; }

    /// <summary>
    /// The namespace a type belongs to. A nested type belongs where its outermost declaring type
    /// does; a compiled Razor page or view belongs where the model it renders does.
    /// </summary>
    public static string NamespaceOf(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type.Namespace == RazorViews && type is TypeDefinition view && ModelOf(view) is { } model
            ? NamespaceOf(model)
            : type.Namespace;
    }

    /// <summary>Whether <paramref name="ns"/> is <paramref name="outer"/> or lies inside it.</summary>
    public static bool IsWithin(string ns, string outer) =>
        ns == outer || ns.StartsWith(outer + ".", StringComparison.Ordinal);

    /// <summary>
    /// The types chosen by <paramref name="among"/> that depend on any of <paramref name="targets"/>
    /// (namespaces or full type names; a name covers everything declared inside it).
    /// </summary>
    public IReadOnlyList<TypeDefinition> Dependents(Func<TypeDefinition, bool> among, IEnumerable<string> targets)
    {
        var names = targets.ToArray();
        if (names.Length == 0)
        {
            return [];
        }

        var result = NetArchTest.Rules.Types.InAssembly(_assembly)
            .That().MeetCustomRule(new Where(among))
            .ShouldNot().HaveDependencyOnAny(names)
            .GetResult();
        return (result.FailingTypeNames ?? []).Select(name => ByName[name]).ToList();
    }

    /// <summary>A type with the namespace it is judged by, when that is not its own (a compiled Razor view).</summary>
    public static string Describe(TypeDefinition type)
    {
        var ns = CodeMap.NamespaceOf(type);
        return Outermost(type).Namespace == ns ? type.FullName : $"{type.FullName} (renders a model in {ns})";
    }

    public static TypeDefinition Outermost(TypeDefinition type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }

    private static TypeReference? ModelOf(TypeDefinition view) =>
        view.Properties.FirstOrDefault(property => property.Name == "Model")?.PropertyType
        ?? (view.BaseType as GenericInstanceType)?.GenericArguments.FirstOrDefault();
}
