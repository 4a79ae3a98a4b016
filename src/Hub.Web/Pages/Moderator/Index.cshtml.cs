using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Hub.Grains;
using Hub.Grains.Challenges;
using Hub.Grains.Sessions;
using Hub.Web.Challenges;
using Hub.Web.Identity;
using Hub.Web.Sessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Web.Pages.Moderator;

[Authorize(Policy = HubRoles.Moderator)]
public sealed class IndexModel(IGrainFactory grains, SessionLauncher launcher, TimeProvider time) : PageModel
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

        try
        {
            var sessionId = Guid.NewGuid();
            var moderator = SessionActor.Moderator(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
            var settings = SessionSettings.Default with { HoldIdeasForApproval = Launch.HoldIdeasForApproval };
            await launcher.LaunchAsync(sessionId, Launch.ChallengeId, Launch.Title, Launch.Venue ?? "", settings, Launch.Anonymous, moderator);
            return Redirect($"/moderate/{sessionId}");
        }
        catch (RuleException rule)
        {
            ModelState.AddModelError(string.Empty, rule.Message);
            await LoadAsync();
            return Page();
        }
    }

    private async Task LoadAsync()
    {
        Challenges = await grains.RunningChallengesAsync();
        LiveSessions = await grains.LiveSessionsAsync(time);
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
