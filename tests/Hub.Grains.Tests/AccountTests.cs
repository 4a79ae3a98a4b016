using Hub.Grains.Accounts;
using static Hub.Grains.Tests.Assertions;

namespace Hub.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class AccountTests(ClusterFixture fixture)
{
    /// <summary>The cluster's one admin: the first admin can be claimed only once, by one account.</summary>
    public static readonly Guid AdminId = Guid.Parse("0d2a3c4e-0000-4000-8000-00000000ad01");

    public static async Task<Guid> AdminAsync(IGrainFactory grains)
    {
        var admin = grains.GetGrain<IAccountGrain>(AdminId);
        if (await admin.Get() is null)
        {
            await admin.Create(new NewAccount("ada.admin@example.se", "Ada Admin"));
        }

        await admin.BecomeFirstAdmin();
        return AdminId;
    }

    public static async Task<Guid> AccountAsync(IGrainFactory grains, string name, params HubRole[] roles)
    {
        var id = Guid.NewGuid();
        await grains.GetGrain<IAccountGrain>(id).Create(new NewAccount($"{id:N}@example.se", name));
        if (roles.Length > 0)
        {
            await grains.GetGrain<IAccountGrain>(id).SetRoles(await AdminAsync(grains), roles.ToHashSet());
        }

        return id;
    }

    [Fact]
    public async Task The_first_admin_is_claimed_once()
    {
        await AdminAsync(fixture.Grains);
        var latecomer = await AccountAsync(fixture.Grains, "Sen Ankomst");

        await Refused(AccountErrorCodes.AdminExists, () => fixture.Grains.GetGrain<IAccountGrain>(latecomer).BecomeFirstAdmin());
        Assert.Empty((await fixture.Grains.GetGrain<IAccountGrain>(latecomer).Get())!.Roles);
    }

    [Fact]
    public async Task Only_an_admin_grants_roles()
    {
        var moderator = await AccountAsync(fixture.Grains, "Mona Moderator", HubRole.Moderator);
        var bo = await AccountAsync(fixture.Grains, "Bo");

        await Refused(AccountErrorCodes.NotAdmin, () => fixture.Grains.GetGrain<IAccountGrain>(bo).SetRoles(moderator, new HashSet<HubRole> { HubRole.Admin }));
        await Refused(AccountErrorCodes.NotAdmin, () => fixture.Grains.GetGrain<IAccountGrain>(moderator).SetRoles(moderator, new HashSet<HubRole> { HubRole.Admin }));
        Assert.Empty((await fixture.Grains.GetGrain<IAccountGrain>(bo).Get())!.Roles);

        var granted = await fixture.Grains.GetGrain<IAccountGrain>(bo).SetRoles(await AdminAsync(fixture.Grains), new HashSet<HubRole> { HubRole.Moderator });
        Assert.True(granted.IsModerator);
    }

    [Fact]
    public async Task An_admin_cannot_take_away_their_own_admin_role()
    {
        var admin = await AdminAsync(fixture.Grains);

        await Refused(AccountErrorCodes.LastAdmin, () => fixture.Grains.GetGrain<IAccountGrain>(admin).SetRoles(admin, new HashSet<HubRole>()));
        Assert.True((await fixture.Grains.GetGrain<IAccountGrain>(admin).Get())!.IsAdmin);
    }

    [Fact]
    public async Task One_address_is_one_account_however_it_is_written()
    {
        var first = Guid.NewGuid();
        await fixture.Grains.GetGrain<IAccountGrain>(first).Create(new NewAccount("Cecilia.Ek@Example.se", "Cecilia"));

        await Refused(AccountErrorCodes.EmailTaken, () => fixture.Grains.GetGrain<IAccountGrain>(Guid.NewGuid()).Create(new NewAccount("cecilia.ek@example.se ", "Cecilia igen")));
        await Refused(AccountErrorCodes.InvalidEmail, () => fixture.Grains.GetGrain<IAccountGrain>(Guid.NewGuid()).Create(new NewAccount("inte en adress", "Nils")));
        Assert.Equal(first, await fixture.Grains.GetGrain<IAccountDirectoryGrain>(0).FindByEmail("CECILIA.EK@example.se"));
    }

    [Fact]
    public async Task A_sign_in_link_works_once()
    {
        var bo = fixture.Grains.GetGrain<IAccountGrain>(await AccountAsync(fixture.Grains, "Bo"));
        var secret = await bo.IssueSignInLink(TimeSpan.FromMinutes(15));

        Assert.Null(await bo.RedeemSignInLink(secret + "x"));
        Assert.NotNull((await bo.RedeemSignInLink(secret))?.LastSignInAt);
        Assert.Null(await bo.RedeemSignInLink(secret));
    }

    [Fact]
    public async Task An_expired_sign_in_link_signs_nobody_in()
    {
        var bo = fixture.Grains.GetGrain<IAccountGrain>(await AccountAsync(fixture.Grains, "Bo"));
        var secret = await bo.IssueSignInLink(TimeSpan.Zero);

        Assert.Null(await bo.RedeemSignInLink(secret));
    }

    [Fact]
    public async Task Someone_else_cannot_export_or_erase_an_account()
    {
        var bo = await AccountAsync(fixture.Grains, "Bo");
        var cy = await AccountAsync(fixture.Grains, "Cy", HubRole.Moderator);

        await Refused(AccountErrorCodes.NotAdmin, () => fixture.Grains.GetGrain<IAccountGrain>(bo).Export(cy));
        await Refused(AccountErrorCodes.NotAdmin, () => fixture.Grains.GetGrain<IAccountGrain>(bo).Erase(cy));
        Assert.NotNull(await fixture.Grains.GetGrain<IAccountGrain>(bo).Get());
    }
}
