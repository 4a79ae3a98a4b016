using Hub.Grains.Organisations;
using Hub.Web.Forms;
using Hub.Web.Identity;
using Hub.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Web.Organisations.Pages;

/// <summary>The profile, edited by the organisation's admins (and Hub admins), as the grain checks again.</summary>
[Authorize]
[ForbiddenWhen(OrganisationErrorCodes.NotOrganisationAdmin)]
public sealed class EditModel(IGrainFactory grains) : PageModel
{
    [BindProperty]
    public ProfileForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await grains.GetGrain<IOrganisationGrain>(id).Get() is not { } organisation)
        {
            return NotFound();
        }

        if (!await grains.GetGrain<IOrganisationGrain>(id).MayManage(User.RequireAccountId()))
        {
            return Forbid();
        }

        var profile = organisation.Profile;
        Form = new ProfileForm
        {
            Name = profile.Name,
            Kind = profile.Kind,
            Description = profile.Description,
            Website = profile.Website,
            Contact = profile.Contact,
            LogoUrl = profile.LogoUrl,
            Offers = string.Join(", ", profile.Offers ?? []),
            LookingFor = string.Join(", ", profile.LookingFor ?? []),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        await grains.GetGrain<IOrganisationGrain>(id).UpdateProfile(User.RequireAccountId(), Form.ToProfile());
        return Redirect($"/organisations/{id}");
    }

    public sealed class ProfileForm
    {
        public string Name { get; set; } = "";

        public OrganisationKind Kind { get; set; }

        public string? Description { get; set; }

        public string? Website { get; set; }

        public string? Contact { get; set; }

        public string? LogoUrl { get; set; }

        public string? Offers { get; set; }

        public string? LookingFor { get; set; }

        public OrganisationProfile ToProfile() =>
            new(Name, Kind, Description ?? "", Website, Contact, LogoUrl, FormValues.Tags(Offers), FormValues.Tags(LookingFor));
    }
}
