namespace Hub.Grains.Accounts;

/// <summary>
/// The index of accounts (a single grain, key 0): one account per e-mail address and per identity
/// provider login, and the list admins see. Accounts are staff and partners, thousands at most,
/// so one grain holds them all. It never calls an account grain, which call it.
/// </summary>
[Alias("Hub.IAccountDirectoryGrain")]
public interface IAccountDirectoryGrain : IGrainWithIntegerKey
{
    [Alias("FindByEmail")]
    Task<Guid?> FindByEmail(string email);

    [Alias("FindByLogin")]
    Task<Guid?> FindByLogin(string login);

    /// <summary>Reserves an address for an account; false if another account holds it.</summary>
    [Alias("ClaimEmail")]
    Task<bool> ClaimEmail(Guid accountId, string email);

    [Alias("ClaimLogin")]
    Task<bool> ClaimLogin(Guid accountId, string login);

    /// <summary>True once, for the first account that asks while the Hub has no admin.</summary>
    [Alias("ClaimFirstAdmin")]
    Task<bool> ClaimFirstAdmin(Guid accountId);

    [Alias("HasAdmin")]
    Task<bool> HasAdmin();

    [Alias("Update")]
    Task Update(AccountSummary summary);

    [Alias("Remove")]
    Task Remove(Guid accountId);

    [Alias("List")]
    Task<IReadOnlyList<AccountSummary>> List();

    /// <summary>The display names of those of <paramref name="accountIds"/> that still exist.</summary>
    [Alias("NamesOf"), ReadOnly]
    Task<IReadOnlyDictionary<Guid, string>> NamesOf(IReadOnlyCollection<Guid> accountIds);
}
