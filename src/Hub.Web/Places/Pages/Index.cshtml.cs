using Hub.Grains.Places;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Web.Places.Pages;

public sealed class IndexModel(IGrainFactory grains) : PageModel
{
    public IReadOnlyList<MeetingPlaceView> Places { get; private set; } = [];

    public async Task OnGetAsync() => Places = await grains.GetGrain<IMeetingPlaceDirectoryGrain>(0).List();
}
