using Hub.Grains;
using Hub.Grains.Events;
using Hub.Grains.Places;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Web.Places.Pages;

/// <summary>A meeting place and its calendar: the events there that have not ended, from the event index.</summary>
public sealed class DetailsModel(IGrainFactory grains, TimeProvider time) : PageModel
{
    public MeetingPlaceView Place { get; private set; } = null!;

    public IReadOnlyList<EventSummary> Events { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await grains.GetGrain<IMeetingPlaceGrain>(id).Get() is not { } place)
        {
            return NotFound();
        }

        Place = place;
        Events = (await grains.GetGrain<IEventDirectoryGrain>(0).Search(new EventQuery(EndsAfter: time.GetUtcNow(), MeetingPlaceId: id, Take: Page<EventSummary>.MaxTake))).Items;
        return Page();
    }
}
