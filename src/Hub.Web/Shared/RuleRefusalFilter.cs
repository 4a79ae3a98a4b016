using System.Reflection;
using Hub.Grains;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Hub.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Hub.Web.Shared;

/// <summary>
/// A rule that a page handler broke shows on the page itself, above its form, and nothing has
/// changed: the page reloads what it shows (<see cref="IShowsRefusals"/>) and renders again, with
/// the status a rendered page has. Codes a page names in <see cref="ForbiddenWhenAttribute"/> answer 403.
/// </summary>
internal sealed class RuleRefusalFilter(IStringLocalizer<SharedResource> localizer) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is not RuleException rule || executed.ExceptionHandled || executed.HandlerInstance is not PageModel page)
        {
            return;
        }

        executed.ExceptionHandled = true;
        if (page.GetType().GetCustomAttributes<ForbiddenWhenAttribute>().Any(forbidden => forbidden.Codes.Contains(rule.Code)))
        {
            executed.Result = page.Forbid();
            return;
        }

        page.ModelState.AddModelError(string.Empty, Refusals.Text(localizer, rule));
        executed.Result = (page is IShowsRefusals refusing ? await refusing.RefusedAsync(rule) : null) ?? page.Page();
    }
}
