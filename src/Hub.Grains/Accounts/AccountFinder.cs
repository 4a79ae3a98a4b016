namespace Hub.Grains.Accounts;

/// <summary>Finds accounts by e-mail address, and creates the one an address lacks: one address is one account.</summary>
public static class AccountFinder
{
    public static async Task<AccountView?> FindAccountByEmailAsync(this IGrainFactory grains, string email) =>
        await grains.GetGrain<IAccountDirectoryGrain>(0).FindByEmail(email) is { } id ? await grains.GetGrain<IAccountGrain>(id).Get() : null;

    /// <summary>The account with this address, created if there is none yet.</summary>
    public static async Task<AccountView> FindOrCreateAccountAsync(this IGrainFactory grains, NewAccount account)
    {
        var address = AccountText.Email(account.Email);
        for (var attempt = 0; ; attempt++)
        {
            if (await grains.FindAccountByEmailAsync(address) is { } existing)
            {
                return existing;
            }

            try
            {
                return await grains.GetGrain<IAccountGrain>(Guid.NewGuid()).Create(account with { Email = address });
            }
            catch (RuleException rule) when (rule.Code == AccountErrorCodes.EmailTaken && attempt == 0)
            {
                // Someone created it a moment ago: take theirs.
            }
        }
    }
}
