using Hub.Grains.Accounts;
using Hub.Grains.JoinCodes;
using Hub.Grains.Retention;
using Hub.Grains.Sessions;
using static Hub.Grains.Tests.AccountTests;

namespace Hub.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class RetentionTests(ClusterFixture fixture)
{
    private IRetentionGrain Retention => fixture.Grains.GetGrain<IRetentionGrain>(0);

    private async Task<SessionScenario> ListedSessionAsync()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains);
        var info = (await scenario.Session.GetInfo())!;
        await fixture.Grains.GetGrain<IJoinCodeGrain>(info.JoinCode).TryClaim(scenario.SessionId);
        await fixture.Grains.GetGrain<ISessionDirectoryGrain>(0).Register(new SessionListing(scenario.SessionId, info.Title, info.ChallengeId, info.JoinCode, info.OpenedAt));
        var alva = await scenario.JoinAsync("Alva");
        await scenario.PostAsync(alva, "Lånecyklar");
        return scenario;
    }

    [Fact]
    public async Task A_session_older_than_the_retention_age_is_deleted_whole()
    {
        var scenario = await ListedSessionAsync();
        var code = (await scenario.Session.GetInfo())!.JoinCode;

        Assert.Equal(0, (await Retention.Run(DateTimeOffset.UtcNow.AddDays(300))).SessionsPurged);
        Assert.NotNull(await scenario.Session.GetInfo());

        var report = await Retention.Run(DateTimeOffset.UtcNow.AddDays(400));

        Assert.True(report.SessionsPurged >= 1);
        Assert.Null(await scenario.Session.GetInfo());
        Assert.Null(await fixture.Grains.GetGrain<IJoinCodeGrain>(code).GetSessionId());
        Assert.Empty(await fixture.Grains.GetGrain<ISessionDirectoryGrain>(0).OpenedBefore(DateTimeOffset.UtcNow.AddDays(400)));
    }

    [Fact]
    public async Task An_account_unused_for_longer_than_the_retention_age_is_erased_but_admins_stay()
    {
        var admin = await AdminAsync(fixture.Grains);
        var idle = await AccountAsync(fixture.Grains, "Ivar Inaktiv", HubRole.Moderator);

        Assert.Equal(0, (await Retention.Run(DateTimeOffset.UtcNow.AddDays(700))).AccountsErased);
        var report = await Retention.Run(DateTimeOffset.UtcNow.AddDays(800));

        Assert.True(report.AccountsErased >= 1);
        Assert.Null(await fixture.Grains.GetGrain<IAccountGrain>(idle).Get());
        Assert.NotNull(await fixture.Grains.GetGrain<IAccountGrain>(admin).Get());
    }
}
