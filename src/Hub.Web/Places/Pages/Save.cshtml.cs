using Hub.Grains.Places;
using Hub.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Web.Places.Pages;

/// <summary>Adds a meeting place, or edits one; admins only, as the grain checks again.</summary>
[Authorize(Policy = HubRoles.Admin)]
public sealed class SaveModel(IGrainFactory grains) : PageModel
{
    [BindProperty]
    public PlaceForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        if (id is { } existing)
        {
            if (await grains.GetGrain<IMeetingPlaceGrain>(existing).Get() is not { } place)
            {
                return NotFound();
            }

            Form = new PlaceForm
            {
                Name = place.Profile.Name,
                Kind = place.Profile.Kind,
                Address = place.Profile.Address,
                Capacity = place.Profile.Capacity,
                Accessibility = place.Profile.Accessibility,
                Description = place.Profile.Description,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        var place = await grains.GetGrain<IMeetingPlaceGrain>(id ?? Guid.NewGuid()).Save(User.RequireAccountId(), Form.ToProfile());
        return Redirect($"/places/{place.Id}");
    }

    public sealed class PlaceForm
    {
        public string Name { get; set; } = "";

        public PlaceKind Kind { get; set; }

        public string Address { get; set; } = "";

        public int? Capacity { get; set; }

        public string? Accessibility { get; set; }

        public string? Description { get; set; }

        public MeetingPlaceProfile ToProfile() => new(Name, Kind, Address, Capacity, Accessibility ?? "", Description ?? "");
    }
}
