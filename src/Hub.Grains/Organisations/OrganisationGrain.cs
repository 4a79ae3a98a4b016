using Hub.Grains.Accounts;
using Hub.Grains.Audit;
using Hub.Grains.Storage;

namespace Hub.Grains.Organisations;

internal sealed class OrganisationGrain(
    [PersistentState("organisation", StorageNames.Hub)] IPersistentState<OrganisationState> store,
    TimeProvider time) : Grain, IOrganisationGrain
{
    public const int MaxNameLength = 120;
    public const int MaxDescriptionLength = 4_000;
    public const int MaxWebsiteLength = 300;

    private OrganisationState State => store.State;

    private Guid Id => this.GetPrimaryKey();

    public async Task<OrganisationView> Create(Guid actorId, OrganisationProfile profile, Guid firstAdminId)
    {
        if (State.Profile is not null)
        {
            throw new RuleException(ErrorCodes.AlreadyExists, "The organisation exists already.");
        }

        var clean = Clean(profile);
        if (await Account(actorId).Get() is not { IsAdmin: true })
        {
            throw new RuleException(AccountErrorCodes.NotAdmin, "Only an admin may create an organisation.");
        }

        await RequireAccountAsync(firstAdminId);
        await ClaimNameAsync(clean.Name);
        State.Profile = clean;
        State.Members[firstAdminId] = OrganisationRole.Admin;
        await SaveAsync();
        await Account(firstAdminId).SetMembership(Id, OrganisationRole.Admin);
        await AuditAsync(actorId, AuditAction.OrganisationCreated, clean.Name);
        return View();
    }

    public Task<OrganisationView?> Get() => Task.FromResult(State.Profile is null ? null : View());

    public async Task<OrganisationView> UpdateProfile(Guid actorId, OrganisationProfile profile)
    {
        RequireExists();
        await RequireOrganisationAdminAsync(actorId);
        var clean = Clean(profile);
        if (!string.Equals(clean.Name, State.Profile!.Name, StringComparison.Ordinal))
        {
            await ClaimNameAsync(clean.Name);
        }

        State.Profile = clean;
        await SaveAsync();
        return View();
    }

    public async Task<OrganisationView> SetMember(Guid actorId, Guid accountId, OrganisationRole? role)
    {
        RequireExists();
        await RequireOrganisationAdminAsync(actorId);
        RequireRole(role);
        return await ApplyMemberAsync(actorId, accountId, role);
    }

    public async Task<AccountView> Invite(Guid actorId, string email, string displayName, OrganisationRole role)
    {
        RequireExists();
        await RequireOrganisationAdminAsync(actorId);
        RequireRole(role);

        // The actor is checked before the account is made: an outsider's invitation creates no one.
        var account = await GrainFactory.FindOrCreateAccountAsync(new NewAccount(email, displayName));
        await ApplyMemberAsync(actorId, account.Id, role);
        return await Account(account.Id).Get() ?? account;
    }

    public async Task<OrganisationMembers> MembersFor(Guid readerId)
    {
        RequireExists();
        var mayManage = await MayManageAsync(readerId);
        if (!mayManage && !State.Members.ContainsKey(readerId))
        {
            throw new RuleException(OrganisationErrorCodes.NotOrganisationMember, "Only the organisation's members and Hub admins see who belongs to it.");
        }

        return new OrganisationMembers(View(), mayManage);
    }

    public async Task<bool> MayManage(Guid accountId) => State.Profile is not null && await MayManageAsync(accountId);

    private async Task<OrganisationView> ApplyMemberAsync(Guid actorId, Guid accountId, OrganisationRole? role)
    {
        var current = State.Members.TryGetValue(accountId, out var held) ? held : (OrganisationRole?)null;
        if (current == role)
        {
            // The account's copy is told again: it may have missed a change that failed half-way.
            if (await Account(accountId).Get() is not null)
            {
                await Account(accountId).SetMembership(Id, role);
            }

            return View();
        }

        if (current == OrganisationRole.Admin && State.Members.Count(m => m.Value == OrganisationRole.Admin) == 1)
        {
            throw new RuleException(OrganisationErrorCodes.LastOrganisationAdmin, "An organisation keeps at least one admin.");
        }

        await RequireAccountAsync(accountId);
        if (role is { } granted)
        {
            State.Members[accountId] = granted;
        }
        else
        {
            State.Members.Remove(accountId);
        }

        await store.WriteStateAsync();
        await Account(accountId).SetMembership(Id, role);
        var action = role is null ? AuditAction.MemberRemoved : current is null ? AuditAction.MemberInvited : AuditAction.MemberRoleChanged;
        await AuditAsync(actorId, action, $"{State.Profile!.Name}: {role?.ToString() ?? "-"}", accountId);
        return View();
    }

    public async Task ForgetMember(Guid accountId)
    {
        if (State.Members.Remove(accountId))
        {
            await store.WriteStateAsync();
        }
    }

    private void RequireExists()
    {
        if (State.Profile is null)
        {
            throw new RuleException(OrganisationErrorCodes.OrganisationNotFound, "There is no such organisation.");
        }
    }

    private async Task RequireOrganisationAdminAsync(Guid actorId)
    {
        if (!await MayManageAsync(actorId))
        {
            throw new RuleException(OrganisationErrorCodes.NotOrganisationAdmin, "Only an admin of this organisation may do this.");
        }
    }

    private async Task<bool> MayManageAsync(Guid accountId) =>
        (State.Members.TryGetValue(accountId, out var role) && role == OrganisationRole.Admin)
        || await Account(accountId).Get() is { IsAdmin: true };

    private static void RequireRole(OrganisationRole? role)
    {
        if (role is { } newRole && !Enum.IsDefined(newRole))
        {
            throw new RuleException(ErrorCodes.InvalidArgument, "There is no such role.");
        }
    }

    private async Task RequireAccountAsync(Guid accountId)
    {
        if (await Account(accountId).Get() is null)
        {
            throw new RuleException(AccountErrorCodes.AccountNotFound, "There is no such account.");
        }
    }

    private async Task ClaimNameAsync(string name)
    {
        if (!await GrainFactory.GetGrain<IOrganisationDirectoryGrain>(0).ClaimName(Id, name))
        {
            throw new RuleException(OrganisationErrorCodes.NameTaken, "Another organisation has that name.");
        }
    }

    private async Task SaveAsync()
    {
        await store.WriteStateAsync();
        var profile = State.Profile!;
        await GrainFactory.GetGrain<IOrganisationDirectoryGrain>(0).Update(new OrganisationSummary(Id, profile.Name, profile.Kind, profile.Offers, profile.LookingFor));
    }

    private Task AuditAsync(Guid actorId, AuditAction action, string detail, Guid? subject = null) =>
        GrainFactory.Append(new AuditEntry(time.GetUtcNow(), actorId, action, subject ?? Id, detail));

    private IAccountGrain Account(Guid accountId) => GrainFactory.GetGrain<IAccountGrain>(accountId);

    private OrganisationView View() => new(Id, State.Profile!, new Dictionary<Guid, OrganisationRole>(State.Members));

    private static OrganisationProfile Clean(OrganisationProfile profile)
    {
        if (!Enum.IsDefined(profile.Kind))
        {
            throw new RuleException(ErrorCodes.InvalidArgument, "There is no such kind of organisation.");
        }

        return new OrganisationProfile(
            UserText.Require(profile.Name, MaxNameLength, "name"),
            profile.Kind,
            string.IsNullOrWhiteSpace(profile.Description) ? "" : UserText.Require(profile.Description, MaxDescriptionLength, "description"),
            WebAddress(profile.Website, "website", ["https", "http"]),
            string.IsNullOrWhiteSpace(profile.Contact) ? null : UserText.Require(profile.Contact, MaxNameLength, "contact"),
            WebAddress(profile.LogoUrl, "logo", ["https"]),
            Challenges.ChallengeText.Tags(profile.Offers, "offer"),
            Challenges.ChallengeText.Tags(profile.LookingFor, "interest"));
    }

    private static string? WebAddress(string? address, string field, string[] schemes)
    {
        var trimmed = string.IsNullOrWhiteSpace(address) ? null : address.Trim();
        return trimmed is null || (trimmed.Length <= MaxWebsiteLength && Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && schemes.Contains(uri.Scheme))
            ? trimmed
            : throw new RuleException(ErrorCodes.InvalidArgument, $"The {field} must be an {string.Join(" or ", schemes)} address.");
    }
}
