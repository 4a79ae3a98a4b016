namespace Hub.Grains.Accounts;

/// <summary>
/// An account to create. <see cref="InvitedBy"/> is the admin who invited the person, or null when
/// they signed in through the identity provider or set up the first admin.
/// </summary>
[GenerateSerializer, Immutable, Alias("Hub.NewAccount")]
public sealed record NewAccount(
    [property: Id(0)] string Email,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] Guid? InvitedBy = null);
