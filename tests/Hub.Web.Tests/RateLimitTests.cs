using System.Net;
using Hub.Grains.Sessions;
using Hub.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests;

/// <summary>The limits of Hub:RateLimits, set low here so that a test reaches them.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private const string JoinCodeAlphabet = Hub.Grains.JoinCodes.JoinCode.Alphabet;

    private readonly HubApp _app = HubApp.InNewFolder(new Dictionary<string, string?>
    {
        ["Hub:RateLimits:WrongCodesPerAddressPerTenMinutes"] = "3",
        ["Hub:RateLimits:IdeasPerParticipantPerMinute"] = "3",
        ["Hub:RateLimits:SignInsPerAddressPerMinute"] = "3",
        ["Hub:RateLimits:ReportsPerParticipantPerMinute"] = "2",
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task An_address_that_tries_too_many_wrong_codes_must_wait_even_for_a_right_one()
    {
        await using var client = await _app.ConnectAsync();
        foreach (var wrong in new[] { "ZZZ-ZZZ", "YYY-YYY", "not a code" })
        {
            await Assert.ThrowsAsync<HubException>(() => client.JoinAsync(wrong, "Alva"));
        }

        var refused = await Assert.ThrowsAsync<HubException>(() => client.JoinAsync(_app.DemoJoinCode, "Alva"));
        Assert.Contains("rate_limited: ", refused.Message);

        // The HTTP API is the same door.
        var response = await _app.CreateClient().GetAsync($"/api/sessions/by-code/{_app.DemoJoinCode}");
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("rate_limited", (await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Extensions["code"]!.ToString());
    }

    [Fact]
    public async Task A_burst_of_guesses_at_once_gets_no_more_tries_than_guesses_one_after_another()
    {
        var clients = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => _app.ConnectAsync()));
        try
        {
            var refusals = await Task.WhenAll(clients.Select((client, i) =>
                Assert.ThrowsAsync<HubException>(() => client.JoinAsync($"ZZZ-ZZ{JoinCodeAlphabet[i]}", "Alva"))));

            Assert.Equal(3, refusals.Count(refusal => !refusal.Message.Contains("rate_limited: ")));
        }
        finally
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_participant_posting_faster_than_the_limit_is_refused_and_nothing_more_is_saved()
    {
        var (_, cookie) = await _app.SignInModeratorAsync();
        await using var moderator = await _app.ConnectAsync(cookie);
        await moderator.ModerateAsync(_app.DemoSessionId);
        await moderator.Connection.InvokeAsync("SetPhase", SessionPhase.Ideate, (int?)null);
        await using var alva = await _app.JoinedAsync(_app.DemoJoinCode, "Alva");

        for (var i = 1; i <= 3; i++)
        {
            await alva.Connection.InvokeAsync<IdeaView>("PostIdea", $"Idé {i}", Guid.NewGuid());
        }

        var refused = await Assert.ThrowsAsync<HubException>(() => alva.Connection.InvokeAsync<IdeaView>("PostIdea", "Idé 4", Guid.NewGuid()));
        Assert.Contains("rate_limited: ", refused.Message);
        var snapshot = (await moderator.Connection.InvokeAsync<SessionCatchUp>("Moderate", _app.DemoSessionId, null, 0L)).Snapshot!;
        Assert.DoesNotContain(snapshot.Ideas, idea => idea.Text == "Idé 4");
        Assert.Equal(3, snapshot.Ideas.Count(idea => idea.Text.StartsWith("Idé ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_address_that_asks_for_many_sign_in_links_must_wait()
    {
        using var browser = _app.NewBrowser();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/sign-in")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await browser.GetAsync("/sign-in")).StatusCode);
    }

    [Fact]
    public async Task A_participant_who_reports_too_fast_is_refused_and_the_report_not_counted()
    {
        var grains = _app.Services.GetRequiredService<IGrainFactory>();
        var session = grains.GetGrain<ISessionGrain>(_app.DemoSessionId);
        await using var author = await _app.JoinedAsync(_app.DemoJoinCode, "Författare");
        var moderator = SessionActor.Moderator((await _app.Services.GetRequiredService<LocalSignIn>().LocalAdminAsync()).Id.ToString());
        await session.SetPhase(moderator, SessionPhase.Ideate, null);
        List<IdeaView> ideas = [];
        for (var i = 0; i < 3; i++)
        {
            ideas.Add(await author.Connection.InvokeAsync<IdeaView>("PostIdea", $"Idé {i}", Guid.NewGuid()));
        }

        await using var reporter = await _app.JoinedAsync(_app.DemoJoinCode, "Anmälare");
        await reporter.Connection.InvokeAsync("ReportIdea", ideas[0].Id, Guid.NewGuid());
        await reporter.Connection.InvokeAsync("ReportIdea", ideas[1].Id, Guid.NewGuid());
        var refused = await Assert.ThrowsAsync<HubException>(() => reporter.Connection.InvokeAsync("ReportIdea", ideas[2].Id, Guid.NewGuid()));

        Assert.Contains("rate_limited: ", refused.Message);
        var reports = (await session.GetSnapshot(moderator)).Ideas.ToDictionary(i => i.Id, i => i.Reports);
        Assert.Equal([1, 1, 0], ideas.Select(i => reports[i.Id]));
    }
}
