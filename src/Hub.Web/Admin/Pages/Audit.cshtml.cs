using System.Globalization;
using Hub.Grains.Accounts;
using Hub.Grains.Audit;
using Hub.Grains.Organisations;
using Hub.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Web.Admin.Pages;

/// <summary>One month of admin actions, newest first. Names come from the directories; an erased account has none.</summary>
[Authorize(Policy = HubRoles.Admin)]
public sealed class AuditModel(IGrainFactory grains, TimeProvider time) : PageModel
{
    private Dictionary<Guid, string> _names = [];

    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (!DateTime.TryParseExact(Month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            Month = AuditLog.MonthKey(time.GetUtcNow());
        }

        Entries = [.. (await grains.GetGrain<IAuditLogGrain>(Month!).List()).Reverse()];
        var accounts = await grains.GetGrain<IAccountDirectoryGrain>(0).List();
        var organisations = await grains.GetGrain<IOrganisationDirectoryGrain>(0).List();
        _names = accounts.Select(a => (a.Id, a.DisplayName)).Concat(organisations.Select(o => (o.Id, o.Name))).ToDictionary();
    }

    /// <summary>The action in words, to be localised by the page.</summary>
    public static string Describe(AuditAction action) => action switch
    {
        AuditAction.FirstAdminCreated => "became the first admin",
        AuditAction.AccountInvited => "invited an account",
        AuditAction.RolesChanged => "changed roles",
        AuditAction.AccountErased => "erased an account",
        AuditAction.OrganisationCreated => "created an organisation",
        AuditAction.MemberInvited => "invited a member",
        AuditAction.MemberRoleChanged => "changed a member's role",
        AuditAction.MemberRemoved => "removed a member",
        AuditAction.RetentionRun => "cleaned up old data",
        _ => action.ToString(),
    };

    public string NameOf(Guid? id) => id is { } known ? _names.GetValueOrDefault(known, "–") : "";
}
