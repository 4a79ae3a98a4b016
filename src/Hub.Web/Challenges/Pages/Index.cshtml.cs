using Hub.Grains;
using Hub.Grains.Challenges;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Web.Challenges.Pages;

public sealed class IndexModel(IGrainFactory grains) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ChallengeSearchForm Search { get; set; } = new();

    public Page<ChallengeSummary> Results { get; private set; } = Page<ChallengeSummary>.Of([], 0, 20);

    public IReadOnlyDictionary<Guid, string> Organisations { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>Members of an organisation post its challenges.</summary>
    public bool CanPost => User.OrganisationIds().Count > 0 || User.IsInRole(Identity.HubRoles.Admin);

    public async Task OnGetAsync()
    {
        var query = new ChallengeQuery(Search.Text, Search.Theme, Search.Status, Search.OrganisationId, Search.Kind, Search.DeadlineBefore, Math.Max(0, Search.Skip), 20);
        Results = await grains.SearchChallengesAsync(query, User);
        Organisations = await grains.OrganisationNamesAsync();
    }

    public sealed class ChallengeSearchForm
    {
        [FromQuery(Name = "text")]
        public string? Text { get; set; }

        [FromQuery(Name = "theme")]
        public string? Theme { get; set; }

        [FromQuery(Name = "status")]
        public ChallengeStatus? Status { get; set; }

        [FromQuery(Name = "kind")]
        public ChallengeKind? Kind { get; set; }

        [FromQuery(Name = "organisationId")]
        public Guid? OrganisationId { get; set; }

        [FromQuery(Name = "deadlineBefore")]
        public DateTimeOffset? DeadlineBefore { get; set; }

        [FromQuery(Name = "skip")]
        public int Skip { get; set; }
    }
}
