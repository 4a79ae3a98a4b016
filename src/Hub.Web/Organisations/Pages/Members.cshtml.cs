using Hub.Grains;
using Hub.Grains.Accounts;
using Hub.Grains.Organisations;
using Hub.Web.Identity;
using Hub.Web.Localization;
using Hub.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hub.Web.Organisations.Pages;

/// <summary>
/// An organisation's members, as the organisation grain lets the reader see them: members see who
/// belongs; its admins (and Hub admins) invite and change roles, which the grain decides.
/// </summary>
[Authorize]
public sealed class MembersModel(IGrainFactory grains, AccountRegistry accounts, IStringLocalizer<SharedResource> localizer) : PageModel, IShowsRefusals
{
    public OrganisationView Organisation { get; private set; } = null!;

    public IReadOnlyList<OrganisationMember> Members { get; private set; } = [];

    public bool CanManage { get; private set; }

    public string? Message { get; private set; }

    private IOrganisationGrain Grain(Guid id) => grains.GetGrain<IOrganisationGrain>(id);

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();

    public Task<IActionResult> OnPostRoleAsync(Guid id, Guid accountId, OrganisationRole? role) => ActAsync(id, async () =>
    {
        await Grain(id).SetMember(User.RequireAccountId(), accountId, role);
        Message = localizer["Saved."];
    });

    public Task<IActionResult> OnPostInviteAsync(Guid id, string displayName, string email, OrganisationRole role, CancellationToken cancellationToken) => ActAsync(id, async () =>
    {
        var account = await Grain(id).Invite(User.RequireAccountId(), email, displayName, role);
        await accounts.SendInvitationAsync(account, Request, cancellationToken);
        Message = localizer["Sent an invitation to {0}.", account.Email];
    });

    private async Task<IActionResult> ActAsync(Guid id, Func<Task> action)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        if (!CanManage)
        {
            return Forbid();
        }

        await action();

        return await LoadAsync(id) ?? Page();
    }

    public Task<IActionResult?> RefusedAsync(RuleException rule) => LoadAsync(Organisation.Id);

    /// <summary>Null when the page may show; else why not.</summary>
    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        OrganisationMembers read;
        try
        {
            read = await Grain(id).MembersFor(User.RequireAccountId());
        }
        catch (RuleException rule) when (rule.Code == OrganisationErrorCodes.OrganisationNotFound)
        {
            return NotFound();
        }
        catch (RuleException rule) when (rule.Code == OrganisationErrorCodes.NotOrganisationMember)
        {
            return Forbid();
        }

        var organisation = read.Organisation;
        Organisation = organisation;
        CanManage = read.MayManage;
        var directory = (await grains.GetGrain<IAccountDirectoryGrain>(0).List()).ToDictionary(a => a.Id);
        Members = organisation.Members
            .Where(m => directory.ContainsKey(m.Key))
            .Select(m => new OrganisationMember(m.Key, directory[m.Key].DisplayName, directory[m.Key].Email, m.Value))
            .OrderBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToArray();
        return null;
    }
}
