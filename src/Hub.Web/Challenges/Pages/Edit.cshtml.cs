using Hub.Grains.Challenges;
using Hub.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Web.Challenges.Pages;

[Authorize]
public sealed class EditModel(IGrainFactory grains) : ChallengeFormPage(grains)
{
    public override bool IsNew => false;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var grain = Grains.GetGrain<IChallengeGrain>(id);
        if (await grain.Get() is not { } challenge)
        {
            return NotFound();
        }

        if (!await grain.IsOwnedBy(User.RequireAccountId()))
        {
            return Forbid();
        }

        Form = ChallengeForm.From(challenge);
        await LoadOrganisationsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!ModelState.IsValid)
        {
            await LoadOrganisationsAsync();
            return Page();
        }

        await Grains.GetGrain<IChallengeGrain>(id).Update(User.RequireAccountId(), Form.ToDraft());
        return Redirect($"/challenges/{id}");
    }
}
