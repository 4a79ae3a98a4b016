using Hub.Grains.JoinCodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Web.Home.Pages;

/// <summary>Turns what someone typed into the canonical session address, or explains the code's form.</summary>
public sealed class JoinModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public IActionResult OnGet() =>
        JoinCode.Normalize(Code) is { } code ? Redirect($"/s/{code}") : Page();
}
