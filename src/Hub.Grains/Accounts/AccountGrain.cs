using System.Security.Cryptography;
using System.Text;
using Hub.Grains.Audit;
using Hub.Grains.Organisations;
using Hub.Grains.Storage;

namespace Hub.Grains.Accounts;

internal sealed class AccountGrain(
    [PersistentState("account", StorageNames.Hub)] IPersistentState<AccountState> store,
    TimeProvider time) : Grain, IAccountGrain
{
    /// <summary>Links not used are dropped; a person asking again and again keeps only the newest few.</summary>
    private const int MaxPendingLinks = 5;

    private AccountState State => store.State;

    private Guid Id => this.GetPrimaryKey();

    private IAccountDirectoryGrain Directory => GrainFactory.GetGrain<IAccountDirectoryGrain>(0);

    public async Task<AccountView> Create(NewAccount account)
    {
        if (State.Exists)
        {
            throw new RuleException(ErrorCodes.AlreadyExists, "The account exists already.");
        }

        var email = AccountText.Email(account.Email);
        var name = AccountText.DisplayName(account.DisplayName);
        if (account.InvitedBy is { } inviter)
        {
            await RequireAdminAsync(inviter);
        }

        if (!await Directory.ClaimEmail(Id, email))
        {
            throw new RuleException(AccountErrorCodes.EmailTaken, "Another account has that e-mail address.");
        }

        State.Exists = true;
        State.Email = email;
        State.DisplayName = name;
        State.CreatedAt = time.GetUtcNow();
        try
        {
            await SaveAsync();
        }
        catch
        {
            // An address must not stay reserved for an account that was never saved.
            State.Exists = false;
            await Directory.Remove(Id);
            throw;
        }
        if (account.InvitedBy is { } invitedBy)
        {
            await AuditAsync(invitedBy, AuditAction.AccountInvited, "");
        }

        return View();
    }

    public Task<AccountView?> Get() => Task.FromResult(State.Exists ? View() : null);

    public async Task<AccountView> BecomeFirstAdmin()
    {
        RequireExists();
        if (!await Directory.ClaimFirstAdmin(Id))
        {
            throw new RuleException(AccountErrorCodes.AdminExists, "The Hub has an admin already; ask them for a role.");
        }

        State.Roles.Add(HubRole.Admin);
        await SaveAsync();
        await AuditAsync(Id, AuditAction.FirstAdminCreated, "");
        return View();
    }

    public async Task<AccountView> SetRoles(Guid actorId, IReadOnlySet<HubRole> roles)
    {
        RequireExists();
        await RequireAdminAsync(actorId);
        if (roles.Any(role => !Enum.IsDefined(role)))
        {
            throw new RuleException(ErrorCodes.InvalidArgument, "There is no such role.");
        }

        // An admin who could drop their own role could leave the Hub with nobody to grant it back.
        if (actorId == Id && State.Roles.Contains(HubRole.Admin) && !roles.Contains(HubRole.Admin))
        {
            throw new RuleException(AccountErrorCodes.LastAdmin, "You cannot take away your own admin role; ask another admin.");
        }

        if (State.Roles.SetEquals(roles))
        {
            return View();
        }

        State.Roles = [.. roles];
        await SaveAsync();
        await AuditAsync(actorId, AuditAction.RolesChanged, string.Join(",", roles.Order()));
        return View();
    }

    public async Task<string> IssueSignInLink(TimeSpan lifetime)
    {
        RequireExists();
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = time.GetUtcNow();
        State.SignInLinks.RemoveAll(link => link.ExpiresAt <= now);
        State.SignInLinks.Add(new PendingSignInLink(Hash(secret), now + lifetime));
        if (State.SignInLinks.Count > MaxPendingLinks)
        {
            State.SignInLinks.RemoveRange(0, State.SignInLinks.Count - MaxPendingLinks);
        }

        await store.WriteStateAsync();
        return secret;
    }

    public async Task<AccountView?> RedeemSignInLink(string secret)
    {
        if (!State.Exists)
        {
            return null;
        }

        var hash = Hash(secret);
        var now = time.GetUtcNow();
        var link = State.SignInLinks.FirstOrDefault(l => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(l.SecretHash), Encoding.ASCII.GetBytes(hash)));
        if (link is null || link.ExpiresAt <= now)
        {
            return null;
        }

        // One use only: a link forwarded or found in a mail log later signs nobody in.
        State.SignInLinks.Remove(link);
        State.LastSignInAt = now;
        await SaveAsync();
        return View();
    }

    public async Task<AccountView> SignInWithLogin(string login)
    {
        RequireExists();
        if (!State.ExternalLogins.Contains(login))
        {
            if (!await Directory.ClaimLogin(Id, login))
            {
                throw new RuleException(ErrorCodes.AlreadyExists, "That login belongs to another account.");
            }

            State.ExternalLogins.Add(login);
        }

        State.LastSignInAt = time.GetUtcNow();
        await SaveAsync();
        return View();
    }

    public async Task SetFollowing(Guid challengeId, bool following)
    {
        RequireExists();
        if (following ? State.FollowedChallenges.Add(challengeId) : State.FollowedChallenges.Remove(challengeId))
        {
            await store.WriteStateAsync();
        }
    }

    public Task<IReadOnlyCollection<Guid>> FollowedChallenges() =>
        Task.FromResult<IReadOnlyCollection<Guid>>(State.Exists ? [.. State.FollowedChallenges] : []);

    public async Task SetMembership(Guid organisationId, OrganisationRole? role)
    {
        RequireExists();
        if (role is { } granted)
        {
            State.Memberships[organisationId] = granted;
        }
        else
        {
            State.Memberships.Remove(organisationId);
        }

        await store.WriteStateAsync();
    }

    public async Task<AccountExport> Export(Guid actorId)
    {
        RequireExists();
        await RequireSelfOrAdminAsync(actorId);
        return new AccountExport(View(), [.. State.ExternalLogins], time.GetUtcNow(), [.. State.FollowedChallenges]);
    }

    public async Task Erase(Guid actorId)
    {
        RequireExists();
        await RequireSelfOrAdminAsync(actorId);
        if (State.Roles.Contains(HubRole.Admin) && !(await Directory.List()).Any(a => a.Id != Id && a.Roles.Contains(HubRole.Admin)))
        {
            throw new RuleException(AccountErrorCodes.LastAdmin, "The last admin cannot be erased; make someone else admin first.");
        }

        await EraseAsync(actorId);
    }

    public async Task<bool> EraseIfInactiveSince(DateTimeOffset cutoff)
    {
        if (!State.Exists || State.Roles.Contains(HubRole.Admin) || (State.LastSignInAt ?? State.CreatedAt) >= cutoff)
        {
            return false;
        }

        await EraseAsync(actorId: null);
        return true;
    }

    private async Task EraseAsync(Guid? actorId)
    {
        foreach (var organisationId in State.Memberships.Keys)
        {
            await GrainFactory.GetGrain<IOrganisationGrain>(organisationId).ForgetMember(Id);
        }

        foreach (var challengeId in State.FollowedChallenges)
        {
            await GrainFactory.GetGrain<Contributions.IChallengeContributionsGrain>(challengeId).ForgetFollower(Id);
        }

        await Directory.Remove(Id);
        await store.ClearStateAsync();
        State.Exists = false;
        await GrainFactory.Append(new AuditEntry(time.GetUtcNow(), actorId, AuditAction.AccountErased, Id, actorId is null ? "retention" : ""));
    }

    private void RequireExists()
    {
        if (!State.Exists)
        {
            throw new RuleException(AccountErrorCodes.AccountNotFound, "There is no such account.");
        }
    }

    private async Task RequireAdminAsync(Guid actorId)
    {
        // Asking this grain itself would wait for the very call under way.
        var actor = actorId == Id ? (State.Exists ? View() : null) : await GrainFactory.GetGrain<IAccountGrain>(actorId).Get();
        if (actor?.IsAdmin != true)
        {
            throw new RuleException(AccountErrorCodes.NotAdmin, "Only an admin may do this.");
        }
    }

    private Task RequireSelfOrAdminAsync(Guid actorId) => actorId == Id ? Task.CompletedTask : RequireAdminAsync(actorId);

    private async Task SaveAsync()
    {
        await store.WriteStateAsync();
        await Directory.Update(new AccountSummary(Id, State.Email, State.DisplayName, State.Roles.ToHashSet(), State.LastSignInAt));
    }

    private Task AuditAsync(Guid actorId, AuditAction action, string detail) =>
        GrainFactory.Append(new AuditEntry(time.GetUtcNow(), actorId, action, Id, detail));

    private AccountView View() => new(
        Id, State.Email, State.DisplayName, State.Roles.ToHashSet(), new Dictionary<Guid, OrganisationRole>(State.Memberships), State.CreatedAt, State.LastSignInAt);

    private static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
