using Hub.Grains.Challenges;
using Hub.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Web.Challenges.Pages;

[Authorize]
public sealed class NewModel(IGrainFactory grains) : ChallengeFormPage(grains)
{
    public override bool IsNew => true;

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadOrganisationsAsync();
        return OwnOrganisations.Count == 0 ? Forbid() : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadOrganisationsAsync();
            return Page();
        }

        var challenge = await Grains.GetGrain<IChallengeGrain>(Guid.NewGuid()).Create(User.RequireAccountId(), Form.OwnerId, Form.ToDraft());
        return Redirect($"/challenges/{challenge.Id}");
    }
}
