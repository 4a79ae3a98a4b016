namespace Hub.Grains.Events;

[GenerateSerializer, Alias("Hub.EventDirectoryState")]
internal sealed class EventDirectoryState
{
    [Id(0)] public Dictionary<Guid, EventSummary> Events { get; set; } = [];
}
