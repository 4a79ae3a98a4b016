using Hub.Grains;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Web.Shared;

/// <summary>A page that shows again after one of its handlers was refused by a rule (<see cref="RuleRefusalFilter"/>).</summary>
internal interface IShowsRefusals
{
    /// <summary>Reloads what the page shows, and adds what it says beside the refusal; null renders the page.</summary>
    Task<IActionResult?> RefusedAsync(RuleException rule);
}
