using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hub.Architecture.Tests;

/// <summary>
/// The session events the server sends, by the name each carries on the wire: what SignalR's JSON
/// protocol writes as the <c>type</c> discriminator when it serializes the event as a
/// <c>SessionEvent</c>, the declared type of <c>SessionEventBatch.Events</c>.
/// </summary>
public static class SessionEvents
{
    // The hub's payload options (Hosting adds JsonStringEnumConverter to SignalR's web defaults).
    // A naming policy never renames a [JsonDerivedType] discriminator, so these match the hub's.
    private static readonly JsonSerializerOptions _wire = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static Type Base { get; } = DomainTypes.Named("SessionEvent");

    /// <summary>Every concrete event type the domain declares.</summary>
    public static IReadOnlyList<Type> Types { get; } = Solution.Grains.GetTypes()
        .Where(type => type.IsClass && !type.IsAbstract && Base.IsAssignableFrom(type))
        .OrderBy(type => type.Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>The name an event type goes by on the wire, or the reason it has none.</summary>
    public static (string? Name, string? Failure) WireNameOf(Type type)
    {
        try
        {
            var json = JsonSerializer.SerializeToElement(Sample(type), Base, _wire);
            return json.EnumerateObject().FirstOrDefault() is { Name: "type", Value.ValueKind: JsonValueKind.String } first
                ? (first.Value.GetString(), null)
                : (null, $"{type.FullName} is written without a leading \"type\": {json}");
        }
        catch (Exception exception) when (exception is NotSupportedException or InvalidOperationException)
        {
            return (null, $"{type.FullName} cannot be written as a SessionEvent: {exception.Message}");
        }
    }

    /// <summary>The wire name of every event type that has one; <see cref="WireNameOf"/> says why one has none.</summary>
    public static IReadOnlyDictionary<Type, string> WireNames()
    {
        Assert.NotEmpty(Types);
        return Types.Select(type => (type, name: WireNameOf(type).Name))
            .Where(pair => pair.name is not null)
            .ToDictionary(pair => pair.type, pair => pair.name!);
    }

    /// <summary>An instance built from its widest constructor with empty values: only its type matters here.</summary>
    private static object Sample(Type type)
    {
        var constructor = type.GetConstructors()
            .Where(candidate => candidate.GetParameters() is not [{ } only] || only.ParameterType != type)
            .MaxBy(candidate => candidate.GetParameters().Length)!;
        var arguments = constructor.GetParameters()
            .Select(parameter => parameter.HasDefaultValue ? parameter.DefaultValue
                : parameter.ParameterType.IsValueType ? Activator.CreateInstance(parameter.ParameterType) : null)
            .ToArray();
        return constructor.Invoke(arguments);
    }
}
