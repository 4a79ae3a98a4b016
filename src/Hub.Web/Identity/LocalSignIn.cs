using Hub.Grains.Accounts;
using Microsoft.Extensions.Options;

namespace Hub.Web.Identity;

/// <summary>
/// For a local run only: a secret made anew at every start and printed to the console signs in
/// as the local admin, created (as the first admin) on first use, so that one command gives a
/// working Hub. Whoever can read this process's console is trusted already.
/// </summary>
internal sealed class LocalSignIn(IOptions<LocalSignInOptions> options, AccountRegistry accounts, IGrainFactory grains)
{
    public const string Email = "admin@innovationhub.localhost";

    public bool Enabled => options.Value.Enabled;

    private readonly ConsoleSecret _secret = new();

    public string Secret => _secret.Value;

    public bool Matches(string candidate) => Enabled && _secret.Matches(candidate);

    public async Task<AccountView> LocalAdminAsync()
    {
        var account = await accounts.FindOrCreateAsync(Email, "Lokal administratör");
        if (!account.IsAdmin && await grains.GetGrain<IAccountDirectoryGrain>(0).HasAdmin() is false)
        {
            account = await grains.GetGrain<IAccountGrain>(account.Id).BecomeFirstAdmin();
        }

        return account;
    }
}
