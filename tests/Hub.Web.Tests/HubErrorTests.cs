using Hub.Grains;
using Hub.Grains.Sessions;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Hub.Web.Tests;

/// <summary>Bad input gets a typed error and changes nothing; the connection keeps working.</summary>
[Collection(HubAppCollection.Name)]
public sealed class HubErrorTests(HubAppFixture fixture)
{
    private HubApp App => fixture.App;

    private static async Task Refused(string code, Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<HubException>(call);
        Assert.Contains($"{code}: ", error.Message);
    }

    [Fact]
    public async Task Unknown_or_malformed_join_codes_are_refused()
    {
        await using var client = await App.ConnectAsync();

        await Refused("invalid_code", () => client.JoinAsync("not a code", "Alva"));
        await Refused(SessionErrorCodes.SessionNotFound, () => client.JoinAsync("ZZZ-ZZZ", "Alva"));
        await Refused(ErrorCodes.TextRequired, () => client.JoinAsync(App.DemoJoinCode, "   "));
        await Refused(ErrorCodes.TextTooLong, () => client.JoinAsync(App.DemoJoinCode, new string('n', 41)));

        var snapshot = await client.JoinAsync(App.DemoJoinCode, "Alva");
        Assert.Equal("Alva", snapshot.You!.DisplayName);
    }

    [Fact]
    public async Task Methods_before_joining_are_refused()
    {
        await using var client = await App.ConnectAsync();

        await Refused("not_joined", () => client.Connection.InvokeAsync<IdeaView>("PostIdea", "Hej", Guid.NewGuid()));
        await Refused("not_joined", () => client.Connection.InvokeAsync("SetPhase", SessionPhase.Ideate, (int?)null));
    }

    [Fact]
    public async Task A_tampered_rejoin_token_is_refused()
    {
        await using var client = await App.ConnectAsync();
        await client.JoinAsync(App.DemoJoinCode, "Alva");
        var token = client.Token!;
        var tampered = token[..^4] + (token[^4] == 'A' ? "BBBB" : "AAAA");

        await using var other = await App.ConnectAsync();
        await Refused("invalid_token", () => other.RejoinAsync(tampered, Guid.Empty, 0));
        await Refused("invalid_token", () => other.RejoinAsync("", Guid.Empty, 0));
        var catchUp = await other.RejoinAsync(token, Guid.Empty, 0);
        Assert.Equal("Alva", catchUp.Snapshot!.You!.DisplayName);
    }

    [Fact]
    public async Task A_participant_cannot_call_moderator_methods()
    {
        await using var client = await App.ConnectAsync();
        await client.JoinAsync(App.DemoJoinCode, "Alva");

        await Refused(ErrorCodes.Forbidden, () => client.Connection.InvokeAsync("SetPhase", SessionPhase.Results, (int?)null));
        await Refused(ErrorCodes.Forbidden, () => client.Connection.InvokeAsync("HideIdea", Guid.NewGuid()));
        await Refused(ErrorCodes.Forbidden, () => client.Connection.InvokeAsync("UpdateSettings", new SessionSettings(50, 50, true)));
        await Refused("unauthorized", () => client.Connection.InvokeAsync<SessionCatchUp>("Moderate", App.DemoSessionId, null, 0L));

        var (_, cookie) = await App.SignInModeratorAsync();
        await using var moderator = await App.ConnectAsync(cookie);
        var state = await moderator.ModerateAsync(App.DemoSessionId);
        Assert.Equal(SessionSettings.Default, state.Snapshot!.Settings);
    }

    [Fact]
    public async Task Wrong_phase_and_oversized_ideas_are_refused_and_the_session_goes_on()
    {
        var (http, cookie) = await App.SignInModeratorAsync();
        var created = await http.PostAsJsonAsync("/api/sessions", new { challengeId = Hub.Web.Demo.DemoData.Challenges[1].Id, title = "Gränser" });
        var launched = (await created.Content.ReadFromJsonAsync<Hub.Web.Sessions.LaunchedSession>())!;
        await using var moderator = await App.ConnectAsync(cookie);
        await moderator.ModerateAsync(launched.SessionId);
        await using var client = await App.ConnectAsync();
        await client.JoinAsync(launched.JoinCode, "Alva");

        await Refused(SessionErrorCodes.WrongPhase, () => client.Connection.InvokeAsync<IdeaView>("PostIdea", "För tidigt", Guid.NewGuid()));
        await Refused(SessionErrorCodes.WrongPhase, () => client.Connection.InvokeAsync<VoteReceipt>("CastVote", Guid.NewGuid(), Guid.NewGuid()));
        await Refused(ErrorCodes.Forbidden, () => client.Connection.InvokeAsync<GroupView>("CreateGroup", "Min grupp"));
        await moderator.Connection.InvokeAsync("SetPhase", SessionPhase.Ideate, (int?)null);
        await Refused(ErrorCodes.TextTooLong, () => client.Connection.InvokeAsync<IdeaView>("PostIdea", new string('x', SessionLimits.MaxIdeaLength + 1), Guid.NewGuid()));
        await Refused(ErrorCodes.TextRequired, () => client.Connection.InvokeAsync<IdeaView>("PostIdea", " \n ", Guid.NewGuid()));

        var accepted = await client.Connection.InvokeAsync<IdeaView>("PostIdea", "Rimlig längd", Guid.NewGuid());
        var catchUp = await client.Connection.InvokeAsync<SessionCatchUp>("CatchUp", Guid.Empty, 0L);
        Assert.Equal([accepted.Id], catchUp.Snapshot!.Ideas.Select(i => i.Id));
    }

    [Fact]
    public async Task A_room_display_watches_but_changes_nothing()
    {
        await using var display = await App.ConnectAsync();
        var catchUp = await display.Connection.InvokeAsync<SessionCatchUp>("Watch", App.DemoJoinCode, null, 0L);
        Assert.Null(catchUp.Snapshot!.You);

        await Refused(ErrorCodes.Forbidden, () => display.Connection.InvokeAsync<IdeaView>("PostIdea", "Från skärmen", Guid.NewGuid()));
        await Refused(ErrorCodes.Forbidden, () => display.Connection.InvokeAsync<GroupView>("CreateGroup", "Skärmgrupp"));
    }
}
