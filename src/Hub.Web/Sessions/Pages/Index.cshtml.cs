using System.ComponentModel.DataAnnotations;
using Hub.Grains;
using Hub.Grains.Challenges;
using Hub.Grains.Sessions;
using Hub.Web.Identity;
using Hub.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Web.Sessions.Pages;

[Authorize(Policy = HubRoles.Moderator)]
public sealed class IndexModel(IGrainFactory grains) : PageModel, IShowsRefusals
{
    public IReadOnlyList<ChallengeSummary> Challenges { get; private set; } = [];

    public IReadOnlyList<SessionListing> LiveSessions { get; private set; } = [];

    [BindProperty]
    public LaunchForm Launch { get; set; } = new();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var settings = SessionSettings.Default with { HoldIdeasForApproval = Launch.HoldIdeasForApproval };
        var started = await grains.GetGrain<IChallengeGrain>(Launch.ChallengeId).StartSession(
            User.RequireAccountId(), new NewSession(Launch.Title, Launch.Venue ?? "", settings, Launch.Anonymous));
        return Redirect($"/moderate/{started.SessionId}");
    }

    public async Task<IActionResult?> RefusedAsync(RuleException rule)
    {
        await LoadAsync();
        return null;
    }

    private async Task LoadAsync()
    {
        Challenges = await grains.RunningChallengesAsync();
        LiveSessions = await grains.GetGrain<ISessionDirectoryGrain>(0).Live();
    }

    public sealed class LaunchForm
    {
        [Required(ErrorMessage = "Choose a challenge.")]
        public Guid ChallengeId { get; set; }

        [Required(ErrorMessage = "Give the session a title.")]
        [StringLength(SessionLimits.MaxTitleLength, ErrorMessage = "The title may be at most {1} characters.")]
        public string Title { get; set; } = "";

        [StringLength(SessionLimits.MaxTitleLength, ErrorMessage = "The place may be at most {1} characters.")]
        public string? Venue { get; set; }

        public bool Anonymous { get; set; }

        public bool HoldIdeasForApproval { get; set; }
    }
}
