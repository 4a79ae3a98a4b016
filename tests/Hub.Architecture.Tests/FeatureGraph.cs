using Mono.Cecil;

namespace Hub.Architecture.Tests;

/// <summary>
/// The features of one assembly (the namespaces one level below its root, with everything inside
/// them) and which feature depends on which, with the types that make each dependency.
/// </summary>
public sealed class FeatureGraph
{
    private const int EvidencePerEdge = 4;

    private readonly Dictionary<string, SortedSet<string>> _edges = new(StringComparer.Ordinal);

    private FeatureGraph(IReadOnlyList<string> features) => Features = features;

    public IReadOnlyList<string> Features { get; }

    /// <summary>
    /// Reads the features of <paramref name="code"/> below <paramref name="root"/>, from the
    /// compiled types and, for the constants they use, from the sources of <paramref name="project"/>.
    /// Types in the root itself, in a <paramref name="shared"/> namespace, or outside the root
    /// belong to no feature and take no part.
    /// </summary>
    public static FeatureGraph Of(CodeMap code, string project, string root, IReadOnlyCollection<string> shared)
    {
        string? FeatureOf(TypeDefinition type) => FeatureOfNamespace(CodeMap.NamespaceOf(type));

        string? FeatureOfNamespace(string ns)
        {
            if (!ns.StartsWith(root + ".", StringComparison.Ordinal) || shared.Any(outer => CodeMap.IsWithin(ns, outer)))
            {
                return null;
            }

            return $"{root}.{ns[(root.Length + 1)..].Split('.')[0]}";
        }

        var members = code.Types
            .Select(type => (type, feature: FeatureOf(type)))
            .Where(member => member.feature is not null)
            .ToLookup(member => member.feature!, member => member.type);
        var graph = new FeatureGraph(members.Select(group => group.Key).Order(StringComparer.Ordinal).ToList());

        foreach (var target in graph.Features)
        {
            // By type name, not by namespace: a shared namespace inside a feature (Pages.Shared) is no part of it.
            var targets = members[target].Select(type => type.FullName);
            foreach (var dependent in code.Dependents(type => FeatureOf(type) is { } feature && feature != target, targets))
            {
                graph.Edge(FeatureOf(dependent)!, target).Add(CodeMap.Describe(dependent));
            }
        }

        foreach (var (ns, holder, place) in ConstantUses.In(code, project))
        {
            if (FeatureOfNamespace(ns) is { } from && FeatureOf(holder) is { } to && from != to)
            {
                graph.Edge(from, to).Add(place);
            }
        }

        return graph;
    }

    public IEnumerable<string> DependenciesOf(string feature) =>
        _edges.Keys.Where(key => key.StartsWith(feature + " -> ", StringComparison.Ordinal)).Select(key => key[(feature.Length + 4)..]);

    /// <summary>
    /// Every cycle, as its strongly connected features: one shortest round trip through them, then
    /// each dependency among them with the types that make it.
    /// </summary>
    public IReadOnlyList<string> Cycles()
    {
        var cycles = new List<string>();
        foreach (var component in StronglyConnected().Where(component => component.Count > 1))
        {
            var inside = component.ToHashSet(StringComparer.Ordinal);
            var lines = new List<string> { string.Join(" -> ", RoundTrip(component[0], inside)) };
            foreach (var from in component)
            {
                foreach (var to in DependenciesOf(from).Where(inside.Contains).Order(StringComparer.Ordinal))
                {
                    var evidence = _edges[$"{from} -> {to}"];
                    var more = evidence.Count > EvidencePerEdge ? $", and {evidence.Count - EvidencePerEdge} more" : "";
                    lines.Add($"    {from} -> {to}: {string.Join(", ", evidence.Take(EvidencePerEdge))}{more}");
                }
            }

            cycles.Add(string.Join(Environment.NewLine, lines));
        }

        return cycles;
    }

    private SortedSet<string> Edge(string from, string to)
    {
        var key = $"{from} -> {to}";
        if (!_edges.TryGetValue(key, out var evidence))
        {
            evidence = new SortedSet<string>(StringComparer.Ordinal);
            _edges[key] = evidence;
        }

        return evidence;
    }

    /// <summary>The shortest path from <paramref name="start"/> back to itself, staying inside the component.</summary>
    private List<string> RoundTrip(string start, HashSet<string> inside)
    {
        var cameFrom = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var next in DependenciesOf(current).Where(inside.Contains).Order(StringComparer.Ordinal))
            {
                if (next == start)
                {
                    var path = new List<string>();
                    for (var step = current; step != start; step = cameFrom[step])
                    {
                        path.Add(step);
                    }

                    path.Reverse();
                    return [start, .. path, start];
                }

                if (cameFrom.TryAdd(next, current))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return [start];
    }

    /// <summary>Tarjan's algorithm; each component sorted by name.</summary>
    private List<List<string>> StronglyConnected()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var components = new List<List<string>>();

        void Visit(string feature)
        {
            index[feature] = low[feature] = index.Count;
            stack.Push(feature);
            onStack.Add(feature);
            foreach (var next in DependenciesOf(feature))
            {
                if (!index.TryGetValue(next, out var nextIndex))
                {
                    Visit(next);
                    low[feature] = Math.Min(low[feature], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[feature] = Math.Min(low[feature], nextIndex);
                }
            }

            if (low[feature] == index[feature])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != feature);
                components.Add([.. component.Order(StringComparer.Ordinal)]);
            }
        }

        foreach (var feature in Features.Where(feature => !index.ContainsKey(feature)))
        {
            Visit(feature);
        }

        return components;
    }
}
