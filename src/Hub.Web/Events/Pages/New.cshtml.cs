using Hub.Grains;
using Hub.Grains.Challenges;
using Hub.Grains.Events;
using Hub.Grains.Places;
using Hub.Web.Identity;
using Hub.Web.Sessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Web.Events.Pages;

[Authorize(Policy = HubRoles.Moderator)]
public sealed class NewModel(IGrainFactory grains) : PageModel
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
            try
            {
                var created = await grains.GetGrain<IEventGrain>(Guid.NewGuid()).Create(User.RequireAccountId(), Form.ToDraft());
                return Redirect($"/events/{created.Id}");
            }
            catch (RuleException rule)
            {
                ModelState.AddModelError(string.Empty, rule.Message);
            }
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Places = await grains.GetGrain<IMeetingPlaceDirectoryGrain>(0).List();
        Challenges = await grains.RunningChallengesAsync();
    }
}
