namespace Hub.Grains.Events;

/// <summary>An event as its pages show it. <see cref="CheckInCode"/> goes only to its organisers.</summary>
[GenerateSerializer, Immutable, Alias("Hub.EventView")]
public sealed record EventView(
    [property: Id(0)] Guid Id,
    [property: Id(1)] EventDraft Draft,
    [property: Id(2)] IReadOnlyList<Guid> OrganiserIds,
    [property: Id(3)] IReadOnlyList<EventSession> Agenda,
    [property: Id(4)] int Registered,
    [property: Id(5)] int CheckedIn,
    [property: Id(6)] string CheckInCode);
