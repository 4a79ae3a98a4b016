namespace Hub.Grains.Accounts;

/// <summary>A signed-in person as the Hub knows them.</summary>
[GenerateSerializer, Immutable, Alias("Hub.AccountView")]
public sealed record AccountView(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Email,
    [property: Id(2)] string DisplayName,
    [property: Id(3)] IReadOnlySet<HubRole> Roles,
    [property: Id(4)] IReadOnlyDictionary<Guid, Organisations.OrganisationRole> Memberships,
    [property: Id(5)] DateTimeOffset CreatedAt,
    [property: Id(6)] DateTimeOffset? LastSignInAt)
{
    public bool IsAdmin => Roles.Contains(HubRole.Admin);

    /// <summary>Admins moderate as well.</summary>
    public bool IsModerator => IsAdmin || Roles.Contains(HubRole.Moderator);
}
