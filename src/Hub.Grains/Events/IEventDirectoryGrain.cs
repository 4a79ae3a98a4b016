namespace Hub.Grains.Events;

/// <summary>
/// The index of events (a single grain, key 0), by start time, so that calendars and listings
/// never scan event grains. Old events stay: a meeting place's calendar shows its history too.
/// </summary>
[Alias("Hub.IEventDirectoryGrain")]
public interface IEventDirectoryGrain : IGrainWithIntegerKey
{
    [Alias("Update")]
    Task Update(EventSummary summary);

    [Alias("Search"), ReadOnly]
    Task<Page<EventSummary>> Search(EventQuery query);
}
