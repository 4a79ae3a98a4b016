namespace Hub.PostgreSql.Tests;

public sealed class ClusterMembershipTests
{
    [Fact]
    public async Task Silos_join_the_cluster_through_postgresql_and_leave_it_again()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var first = await SiloProcess.StartAsync(database);
        var second = await SiloProcess.StartAsync(database);

        var management = first.Grains.GetGrain<IManagementGrain>(0);
        Assert.Equal(2, (await management.GetHosts(onlyActive: true)).Count);
        Assert.Equal(2, await database.ScalarAsync<long>("SELECT count(*) FROM orleansmembershiptable WHERE status = 3"));

        await second.DisposeAsync();

        Assert.Single(await management.GetHosts(onlyActive: true));
        Assert.Equal(1, await database.ScalarAsync<long>("SELECT count(*) FROM orleansmembershiptable WHERE status = 3"));
    }
}
