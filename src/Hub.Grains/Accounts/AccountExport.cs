namespace Hub.Grains.Accounts;

/// <summary>Everything the Hub holds about one account, for its owner to download.</summary>
[GenerateSerializer, Immutable, Alias("Hub.AccountExport")]
public sealed record AccountExport(
    [property: Id(0)] AccountView Account,
    [property: Id(1)] IReadOnlyList<string> ExternalLogins,
    [property: Id(2)] DateTimeOffset ExportedAt,
    [property: Id(3)] IReadOnlyList<Guid> FollowedChallengeIds);
