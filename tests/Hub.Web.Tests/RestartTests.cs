using Hub.Grains.Sessions;
using Microsoft.AspNetCore.SignalR.Client;

namespace Hub.Web.Tests;

/// <summary>The default run keeps everything in its SQLite file: stop it, start it, all is there.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task A_session_and_its_ideas_survive_a_restart_of_the_default_run()
    {
        var folder = Directory.CreateTempSubdirectory("hub-restart-").FullName;
        string code, token;
        Guid ideaId;
        try
        {
            await using (var first = new HubApp(folder))
            {
                code = first.DemoJoinCode;
                var (_, cookie) = await first.SignInModeratorAsync();
                await using var moderator = await first.ConnectAsync(cookie);
                await moderator.ModerateAsync(first.DemoSessionId);
                await moderator.Connection.InvokeAsync("SetPhase", SessionPhase.Ideate, (int?)null);
                await using var alva = await first.ConnectAsync();
                await alva.JoinAsync(code, "Alva");
                token = alva.Token!;
                ideaId = (await alva.Connection.InvokeAsync<IdeaView>("PostIdea", "Överlever omstart", Guid.NewGuid())).Id;
            }

            await using var second = new HubApp(folder);
            Assert.Equal(code, second.DemoJoinCode);
            await using var alvaAgain = await second.ConnectAsync();
            var catchUp = await alvaAgain.RejoinAsync(token, Guid.Empty, 0);

            var snapshot = catchUp.Snapshot!;
            Assert.Equal(SessionPhase.Ideate, snapshot.Phase);
            Assert.Equal("Överlever omstart", Assert.Single(snapshot.Ideas).Text);
            Assert.Equal([ideaId], snapshot.You!.IdeaIds);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
