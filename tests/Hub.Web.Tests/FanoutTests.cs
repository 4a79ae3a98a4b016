using Hub.Grains.Sessions;
using Hub.Web.Sessions;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Core.Internal;

namespace Hub.Web.Tests;

/// <summary>A web node subscribes once per session it serves, however many connections it holds.</summary>
public sealed class FanoutTests
{
    [Fact]
    public async Task Many_connections_to_one_session_share_one_subscription()
    {
        await using var app = HubApp.InNewFolder();
        var fanout = app.Services.GetRequiredService<SessionFanout>();
        Assert.Equal(0, fanout.SubscriptionCount);

        var participants = new List<SessionClient>();
        for (var i = 0; i < 6; i++)
        {
            var client = await app.ConnectAsync();
            await client.JoinAsync(app.DemoJoinCode, $"Deltagare {i}");
            participants.Add(client);
        }

        await using var display = await app.ConnectAsync();
        await display.Connection.InvokeAsync<SessionCatchUp>("Watch", app.DemoJoinCode, null, 0L);
        Assert.Equal(1, fanout.SubscriptionCount);

        var (http, _) = await app.SignInModeratorAsync();
        var created = await http.PostAsJsonAsync("/api/sessions", new { challengeId = Hub.Web.Demo.DemoData.Challenges[2].Id, title = "Parallell" });
        var other = (await created.Content.ReadFromJsonAsync<LaunchedSession>())!;
        await using var elsewhere = await app.ConnectAsync();
        await elsewhere.JoinAsync(other.JoinCode, "Annan");
        Assert.Equal(2, fanout.SubscriptionCount);

        foreach (var participant in participants)
        {
            await participant.DisposeAsync();
        }
    }

    [Fact]
    public async Task Clients_hear_at_once_when_their_session_is_loaded_anew_and_find_everyone_still_here()
    {
        await using var app = HubApp.InNewFolder();
        await using var alva = await app.ConnectAsync();
        var joined = await alva.JoinAsync(app.DemoJoinCode, "Alva");
        var session = app.Services.GetRequiredService<IGrainFactory>().GetGrain<ISessionGrain>(app.DemoSessionId);

        // What a silo failure or a storage failure does to a session: its activation ends.
        await session.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var epoch = await alva.WaitForNewEpochAsync(joined.Epoch);

        var catchUp = await alva.Connection.InvokeAsync<SessionCatchUp>("CatchUp", joined.Epoch, alva.LastSeq);
        Assert.Equal(epoch, catchUp.Snapshot!.Epoch);
        Assert.Equal(["Alva"], catchUp.Snapshot.Presence.Names);
    }
}
