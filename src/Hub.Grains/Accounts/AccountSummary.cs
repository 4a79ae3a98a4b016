namespace Hub.Grains.Accounts;

/// <summary>An account as the directory lists it for admins.</summary>
[GenerateSerializer, Immutable, Alias("Hub.AccountSummary")]
public sealed record AccountSummary(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Email,
    [property: Id(2)] string DisplayName,
    [property: Id(3)] IReadOnlySet<HubRole> Roles,
    [property: Id(4)] DateTimeOffset? LastSignInAt);
