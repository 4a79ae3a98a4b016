using System.Reflection;

namespace Hub.Architecture.Tests;

/// <summary>What the domain assembly holds, found by reflection rather than by a list of names.</summary>
public static class DomainTypes
{
    private static readonly Type[] _all = Solution.Grains.GetTypes();

    /// <summary>Every class that derives from Orleans' <see cref="Grain"/>, <c>Grain&lt;TState&gt;</c> included.</summary>
    public static IReadOnlyList<Type> GrainClasses { get; } =
        _all.Where(type => type.IsClass && typeof(Grain).IsAssignableFrom(type)).ToList();

    /// <summary>The state a grain keeps: what it takes as <c>IPersistentState&lt;T&gt;</c>, or the T of <c>Grain&lt;T&gt;</c>.</summary>
    public static IReadOnlyList<Type> GrainStates { get; } = GrainClasses
        .SelectMany(StatesOf)
        .Where(state => state.Assembly == Solution.Grains)
        .Distinct()
        .ToList();

    /// <summary>Every class of error codes (named <c>*ErrorCodes</c>) in the domain and the web.</summary>
    public static IReadOnlyList<Type> ErrorCodeClasses { get; } = new[] { Solution.Grains, Solution.Web, Solution.Silo }
        .SelectMany(assembly => assembly.GetTypes())
        .Where(type => type.IsClass && type.Name.EndsWith("ErrorCodes", StringComparison.Ordinal))
        .ToList();

    /// <summary>The codes a class of error codes declares: its public string constants.</summary>
    public static IEnumerable<string> CodesOf(Type errorCodes) => errorCodes
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral && field.FieldType == typeof(string))
        .Select(field => (string)field.GetRawConstantValue()!);

    public static Type Named(string name) => _all.Single(type => type.Name == name);

    private static IEnumerable<Type> StatesOf(Type grain)
    {
        var persisted = grain
            .GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .SelectMany(constructor => constructor.GetParameters())
            .Select(parameter => parameter.ParameterType)
            .Where(type => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IPersistentState<>))
            .Select(type => type.GetGenericArguments()[0]);
        var inherited = Bases(grain)
            .Where(type => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Grain<>))
            .Select(type => type.GetGenericArguments()[0]);
        return persisted.Concat(inherited);
    }

    private static IEnumerable<Type> Bases(Type type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            yield return current;
        }
    }
}
