using Hub.Grains;
using Hub.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Web.Challenges.Pages;

/// <summary>What the new and edit pages share: the form, and the organisations it offers.</summary>
public abstract class ChallengeFormPage(IGrainFactory grains) : PageModel, IShowsRefusals
{
    [BindProperty]
    public ChallengeForm Form { get; set; } = new();

    public abstract bool IsNew { get; }

    public IReadOnlyDictionary<Guid, string> AllOrganisations { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>The organisations the person may post for: their own, or all for an admin.</summary>
    public IReadOnlyDictionary<Guid, string> OwnOrganisations { get; private set; } = new Dictionary<Guid, string>();

    protected IGrainFactory Grains => grains;

    protected async Task LoadOrganisationsAsync()
    {
        AllOrganisations = await grains.OrganisationNamesAsync();
        var own = User.OrganisationIds();
        OwnOrganisations = User.IsInRole(Identity.HubRoles.Admin)
            ? AllOrganisations
            : AllOrganisations.Where(o => own.Contains(o.Key)).ToDictionary();
    }

    /// <summary>Shows a broken rule on the form; nothing was saved.</summary>
    public async Task<IActionResult?> RefusedAsync(RuleException rule)
    {
        await LoadOrganisationsAsync();
        return null;
    }
}
