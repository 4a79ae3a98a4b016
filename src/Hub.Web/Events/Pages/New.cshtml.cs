using Hub.Grains;
using Hub.Grains.Challenges;
using Hub.Grains.Events;
using Hub.Grains.Places;
using Hub.Web.Identity;
using Hub.Web.Sessions;
using Hub.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Web.Events.Pages;

[Authorize(Policy = HubRoles.Moderator)]
public sealed class NewModel(IGrainFactory grains) : PageModel, IShowsRefusals
{
    [BindProperty]
    public EventForm Form { get; set; } = new();

    public IReadOnlyList<MeetingPlaceView> Places { get; private set; } = [];

    public IReadOnlyList<ChallengeSummary> Challenges { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var created = await grains.GetGrain<IEventGrain>(Guid.NewGuid()).Create(User.RequireAccountId(), Form.ToDraft());
            return Redirect($"/events/{created.Id}");
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult?> RefusedAsync(RuleException rule)
    {
        await LoadAsync();
        return null;
    }

    private async Task LoadAsync()
    {
        Places = await grains.GetGrain<IMeetingPlaceDirectoryGrain>(0).List();
        Challenges = await grains.RunningChallengesAsync();
    }
}
