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

namespace Hub.Web.Admin.Pages;

/// <summary>Accounts and their roles, invitations and organisations. The grains check again that the actor is an admin.</summary>
[Authorize(Policy = HubRoles.Admin)]
public sealed class IndexModel(IGrainFactory grains, AccountRegistry accounts, IStringLocalizer<SharedResource> localizer) : PageModel, IShowsRefusals
{
    public IReadOnlyList<AccountSummary> Accounts { get; private set; } = [];

    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public Task<IActionResult> OnPostRolesAsync(Guid accountId, HubRole[] roles) => ActAsync(async () =>
    {
        var account = await grains.GetGrain<IAccountGrain>(accountId).SetRoles(User.RequireAccountId(), roles.ToHashSet());
        Message = localizer["Saved the roles of {0}.", account.DisplayName];
    });

    public Task<IActionResult> OnPostInviteAsync(string displayName, string email, HubRole[] roles, CancellationToken cancellationToken) => ActAsync(async () =>
    {
        var actor = User.RequireAccountId();
        var account = await accounts.FindOrCreateAsync(email, displayName, invitedBy: actor);
        account = await grains.GetGrain<IAccountGrain>(account.Id).SetRoles(actor, roles.ToHashSet());
        await accounts.SendInvitationAsync(account, Request, cancellationToken);
        Message = localizer["Sent an invitation to {0}.", account.Email];
    });

    public Task<IActionResult> OnPostOrganisationAsync(string name, OrganisationKind kind, string adminName, string adminEmail, CancellationToken cancellationToken) => ActAsync(async () =>
    {
        var actor = User.RequireAccountId();
        var admin = await accounts.FindOrCreateAsync(adminEmail, adminName, invitedBy: actor);
        var organisation = await grains.GetGrain<IOrganisationGrain>(Guid.NewGuid()).Create(actor, new OrganisationProfile(name, kind, "", null), admin.Id);
        if (admin.LastSignInAt is null)
        {
            await accounts.SendInvitationAsync(admin, Request, cancellationToken);
        }

        Message = localizer["Added {0}.", organisation.Profile.Name];
    });

    /// <summary>A refused action shows its reason and changes nothing; the page lists what is now true either way.</summary>
    private async Task<IActionResult> ActAsync(Func<Task> action)
    {
        await action();

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult?> RefusedAsync(RuleException rule)
    {
        await LoadAsync();
        return null;
    }

    private async Task LoadAsync()
    {
        Accounts = await grains.GetGrain<IAccountDirectoryGrain>(0).List();
        Organisations = await grains.GetGrain<IOrganisationDirectoryGrain>(0).List();
    }
}
