namespace Hub.Grains;

/// <summary>One page of a listing, and how many items the whole listing has.</summary>
[GenerateSerializer, Immutable, Alias("Hub.Page`1")]
public sealed record Page<T>(
    [property: Id(0)] IReadOnlyList<T> Items,
    [property: Id(1)] int Total,
    [property: Id(2)] int Skip,
    [property: Id(3)] int Take)
{
    public const int MaxTake = 100;

    /// <summary>The page of <paramref name="items"/> (already filtered and ordered) that a query asked for.</summary>
    public static Page<T> Of(IEnumerable<T> items, int skip, int take)
    {
        var all = items as IReadOnlyCollection<T> ?? items.ToArray();
        skip = Math.Max(0, skip);
        take = Math.Clamp(take, 1, MaxTake);
        return new Page<T>(all.Skip(skip).Take(take).ToArray(), all.Count, skip, take);
    }
}
