using Hub.Grains.Storage;

namespace Hub.Grains.Accounts;

internal sealed class AccountDirectoryGrain(
    [PersistentState("accounts", StorageNames.Hub)] IPersistentState<AccountDirectoryState> store) : Grain, IAccountDirectoryGrain
{
    private AccountDirectoryState State => store.State;

    public Task<Guid?> FindByEmail(string email) =>
        Task.FromResult(State.ByEmail.TryGetValue(email.Trim().ToLowerInvariant(), out var id) ? id : (Guid?)null);

    public Task<Guid?> FindByLogin(string login) =>
        Task.FromResult(State.ByLogin.TryGetValue(login, out var id) ? id : (Guid?)null);

    public Task<bool> ClaimEmail(Guid accountId, string email) => ClaimAsync(State.ByEmail, email, accountId);

    public Task<bool> ClaimLogin(Guid accountId, string login) => ClaimAsync(State.ByLogin, login, accountId);

    /// <summary>
    /// Only while no account is an admin (then one claim wins), or again by an account that is an
    /// admin already; so a Hub left without admins can be set up anew.
    /// </summary>
    public async Task<bool> ClaimFirstAdmin(Guid accountId)
    {
        var admins = State.Accounts.Values.Where(a => a.Roles.Contains(HubRole.Admin)).Select(a => a.Id).ToHashSet();
        if (admins.Count > 0)
        {
            return admins.Contains(accountId);
        }

        if (State.FirstAdmin is { } claimed && claimed != accountId && State.Accounts.ContainsKey(claimed))
        {
            // Claimed a moment ago and not yet saved as an admin: that claim stands.
            return false;
        }

        State.FirstAdmin = accountId;
        await store.WriteStateAsync();
        return true;
    }

    public Task<bool> HasAdmin() => Task.FromResult(State.Accounts.Values.Any(a => a.Roles.Contains(HubRole.Admin)));

    public async Task Update(AccountSummary summary)
    {
        State.Accounts[summary.Id] = summary;
        await store.WriteStateAsync();
    }

    public async Task Remove(Guid accountId)
    {
        State.Accounts.Remove(accountId);
        foreach (var index in new[] { State.ByEmail, State.ByLogin })
        {
            foreach (var key in index.Where(e => e.Value == accountId).Select(e => e.Key).ToArray())
            {
                index.Remove(key);
            }
        }

        await store.WriteStateAsync();
    }

    public Task<IReadOnlyDictionary<Guid, string>> NamesOf(IReadOnlyCollection<Guid> accountIds) =>
        Task.FromResult<IReadOnlyDictionary<Guid, string>>(
            accountIds.Where(State.Accounts.ContainsKey).Distinct().ToDictionary(id => id, id => State.Accounts[id].DisplayName));

    public Task<IReadOnlyList<AccountSummary>> List() =>
        Task.FromResult<IReadOnlyList<AccountSummary>>(State.Accounts.Values.OrderBy(a => a.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToArray());

    private async Task<bool> ClaimAsync(Dictionary<string, Guid> index, string key, Guid accountId)
    {
        if (index.TryGetValue(key, out var holder))
        {
            return holder == accountId;
        }

        index[key] = accountId;
        await store.WriteStateAsync();
        return true;
    }
}
