namespace Hub.Grains.Sessions;

/// <summary>
/// Who is connected right now: how many, and the first <see cref="MaxNames"/> display names in
/// sort order. The names stop there because every change goes to everyone: a full list would
/// make presence cost the square of the session's size.
/// </summary>
[GenerateSerializer, Immutable, Alias("Hub.PresenceView")]
public sealed record PresenceView(
    [property: Id(0)] int Count,
    [property: Id(1)] IReadOnlyList<string> Names)
{
    public const int MaxNames = 50;
}
