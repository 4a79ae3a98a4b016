using Hub.Grains.Accounts;
using Hub.Grains.Sessions;

namespace Hub.PostgreSql.Tests;

/// <summary>Mona, the first admin of a fresh database: a session asks her account whether she may moderate it.</summary>
internal static class TestModerator
{
    public static readonly Guid AccountId = Guid.Parse("0d2a3c4e-0000-4000-8000-0000000000a1");

    public static readonly SessionActor Actor = SessionActor.Moderator(AccountId.ToString());

    public static async Task SignUpAsync(IGrainFactory grains)
    {
        var account = grains.GetGrain<IAccountGrain>(AccountId);
        await account.Create(new NewAccount("mona.moderator@example.se", "Mona"));
        await account.BecomeFirstAdmin();
    }
}
