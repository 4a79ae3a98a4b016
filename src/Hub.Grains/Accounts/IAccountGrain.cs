using Hub.Grains.Organisations;

namespace Hub.Grains.Accounts;

/// <summary>
/// One person who signs in, keyed by account id. It owns their roles, and grants or takes them
/// only when the acting account is an admin, checked here and not only in the web tier.
/// </summary>
[Alias("Hub.IAccountGrain")]
public interface IAccountGrain : IGrainWithGuidKey
{
    /// <summary>Creates the account; refused with email_taken when another account has the address.</summary>
    [Alias("Create")]
    Task<AccountView> Create(NewAccount account);

    /// <summary>Interleaves, since grains that check an actor's roles call it in the middle of their own calls.</summary>
    [Alias("Get"), AlwaysInterleave]
    Task<AccountView?> Get();

    /// <summary>Makes this account an admin if, and only if, the Hub has never had one.</summary>
    [Alias("BecomeFirstAdmin")]
    Task<AccountView> BecomeFirstAdmin();

    [Alias("SetRoles")]
    Task<AccountView> SetRoles(Guid actorId, IReadOnlySet<HubRole> roles);

    /// <summary>A secret for a one-time sign-in link; only its hash is stored.</summary>
    [Alias("IssueSignInLink")]
    Task<string> IssueSignInLink(TimeSpan lifetime);

    /// <summary>The account signed in by the link, or null if the secret is wrong, used or expired.</summary>
    [Alias("RedeemSignInLink")]
    Task<AccountView?> RedeemSignInLink(string secret);

    /// <summary>Records a sign-in through the identity provider under that login.</summary>
    [Alias("SignInWithLogin")]
    Task<AccountView> SignInWithLogin(string login);

    /// <summary>Set by the organisation, which owns the rule about who may invite whom.</summary>
    /// <summary>Kept by the challenge's contributions grain, which holds the truth about who follows it.</summary>
    [Alias("SetFollowing")]
    Task SetFollowing(Guid challengeId, bool following);

    [Alias("FollowedChallenges"), AlwaysInterleave]
    Task<IReadOnlyCollection<Guid>> FollowedChallenges();

    [Alias("SetMembership")]
    Task SetMembership(Guid organisationId, OrganisationRole? role);

    [Alias("Export")]
    Task<AccountExport> Export(Guid actorId);

    /// <summary>Erases the person: name, address, roles, memberships and logins. By themselves or an admin.</summary>
    [Alias("Erase")]
    Task Erase(Guid actorId);

    /// <summary>Erases the account if it has not signed in (or, never signed in, was created) since then; admins stay.</summary>
    [Alias("EraseIfInactiveSince")]
    Task<bool> EraseIfInactiveSince(DateTimeOffset cutoff);
}
