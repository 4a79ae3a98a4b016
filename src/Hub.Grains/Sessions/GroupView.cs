namespace Hub.Grains.Sessions;

[GenerateSerializer, Immutable, Alias("Hub.GroupView")]
public sealed record GroupView(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Name);
