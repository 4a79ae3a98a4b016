namespace Hub.Grains.Events;

[GenerateSerializer, Alias("Hub.EventState")]
internal sealed class EventState
{
    [Id(0)] public EventDraft? Draft { get; set; }
    [Id(1)] public List<Guid> OrganiserIds { get; set; } = [];
    [Id(2)] public List<EventSession> Agenda { get; set; } = [];

    /// <summary>Registration ids only: the Hub keeps a count, not a list of names.</summary>
    [Id(3)] public HashSet<Guid> Registrations { get; set; } = [];

    /// <summary>Who checked in: a registration id, or a fresh id for someone who just turned up.</summary>
    [Id(4)] public HashSet<Guid> CheckIns { get; set; } = [];
    [Id(5)] public string CheckInCode { get; set; } = "";
}
