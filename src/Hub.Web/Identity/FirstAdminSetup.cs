using Hub.Grains.Accounts;

namespace Hub.Web.Identity;

/// <summary>
/// Until the Hub has an admin, a set-up link made anew at every start and printed to the console
/// lets whoever runs it create the first admin. Once there is one, the link does nothing.
/// </summary>
public sealed class FirstAdminSetup(IGrainFactory grains)
{
    private readonly ConsoleSecret _secret = new();

    public string Secret => _secret.Value;

    public async Task<bool> IsOpenAsync() => !await grains.GetGrain<IAccountDirectoryGrain>(0).HasAdmin();

    public bool Matches(string candidate) => _secret.Matches(candidate);
}
