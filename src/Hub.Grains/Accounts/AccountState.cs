namespace Hub.Grains.Accounts;

[GenerateSerializer, Alias("Hub.AccountState")]
internal sealed class AccountState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public string Email { get; set; } = "";
    [Id(2)] public string DisplayName { get; set; } = "";
    [Id(3)] public HashSet<HubRole> Roles { get; set; } = [];
    [Id(4)] public Dictionary<Guid, Organisations.OrganisationRole> Memberships { get; set; } = [];
    [Id(5)] public DateTimeOffset CreatedAt { get; set; }
    [Id(6)] public DateTimeOffset? LastSignInAt { get; set; }

    /// <summary>Identity provider logins, as "issuer|subject".</summary>
    [Id(7)] public List<string> ExternalLogins { get; set; } = [];

    /// <summary>Hashes of the sign-in links issued and not yet used or expired.</summary>
    [Id(8)] public List<PendingSignInLink> SignInLinks { get; set; } = [];

    [Id(9)] public HashSet<Guid> FollowedChallenges { get; set; } = [];
}

[GenerateSerializer, Immutable, Alias("Hub.PendingSignInLink")]
internal sealed record PendingSignInLink([property: Id(0)] string SecretHash, [property: Id(1)] DateTimeOffset ExpiresAt);
