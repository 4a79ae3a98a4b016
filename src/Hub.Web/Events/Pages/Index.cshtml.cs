using Hub.Grains;
using Hub.Grains.Events;
using Hub.Grains.Places;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Web.Events.Pages;

/// <summary>Coming events, soonest first, from the event index.</summary>
public sealed class IndexModel(IGrainFactory grains, TimeProvider time) : PageModel
{
    public Page<EventSummary> Results { get; private set; } = Page<EventSummary>.Of([], 0, 20);

    public IReadOnlyDictionary<Guid, string> Places { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync(int skip = 0)
    {
        Results = await grains.GetGrain<IEventDirectoryGrain>(0).Search(new EventQuery(EndsAfter: time.GetUtcNow(), Skip: Math.Max(0, skip), Take: 20));
        Places = (await grains.GetGrain<IMeetingPlaceDirectoryGrain>(0).List()).ToDictionary(p => p.Id, p => p.Profile.Name);
    }
}
