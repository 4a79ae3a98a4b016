using Hub.Grains;
using Hub.Grains.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Web.Organisations.Pages;

public sealed class IndexModel(IGrainFactory grains) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true)]
    public OrganisationKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Offer { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Skip { get; set; }

    public Page<OrganisationSummary> Results { get; private set; } = Page<OrganisationSummary>.Of([], 0, 20);

    public async Task OnGetAsync() =>
        Results = await grains.GetGrain<IOrganisationDirectoryGrain>(0).Search(new OrganisationQuery(Text, Kind, Offer, Math.Max(0, Skip), 20));
}
