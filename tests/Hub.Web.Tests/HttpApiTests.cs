using System.Net;
using System.Text.Json;
using Hub.Grains;
using Hub.Grains.Challenges;
using Hub.Grains.Sessions;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests;

[Collection(HubAppCollection.Name)]
public sealed class HttpApiTests(HubAppFixture fixture)
{
    private HubApp App => fixture.App;

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, problem.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Health_endpoints_report_live_and_ready_with_storage()
    {
        var client = App.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Only_a_signed_in_moderator_launches_a_session()
    {
        var anonymous = App.CreateClient();
        var challengeId = Demo.DemoData.Challenges[2].Id;

        var refused = await anonymous.PostAsJsonAsync("/api/sessions", new { challengeId, title = "Slussen" });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        var (moderator, _) = await App.SignInModeratorAsync();
        var created = await moderator.PostAsJsonAsync("/api/sessions", new { challengeId, title = "Slussen", venue = "Vetenskapens Hus" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var launched = (await created.Content.ReadFromJsonAsync<Sessions.LaunchedSession>())!;

        var info = await anonymous.GetFromJsonAsync<SessionInfo>($"/api/sessions/by-code/{launched.JoinCode.ToLowerInvariant()}");
        Assert.Equal("Slussen", info!.Title);
        Assert.Equal("Vetenskapens Hus", info.Venue);
    }

    [Fact]
    public async Task Bad_launch_requests_get_problem_details_and_create_nothing()
    {
        var (moderator, _) = await App.SignInModeratorAsync();
        var challenge = App.Services.GetRequiredService<IGrainFactory>().GetGrain<IChallengeGrain>(Demo.DemoData.Challenges[0].Id);
        var sessionsBefore = (await challenge.Get())!.Sessions.Count;

        await AssertProblemAsync(
            await moderator.PostAsJsonAsync("/api/sessions", new { challengeId = Guid.NewGuid(), title = "Ingen utmaning" }),
            HttpStatusCode.NotFound, Hub.Grains.Challenges.ChallengeErrorCodes.ChallengeNotFound);
        await AssertProblemAsync(
            await moderator.PostAsJsonAsync("/api/sessions", new { challengeId = Demo.DemoData.Challenges[0].Id, title = new string('t', 121) }),
            HttpStatusCode.BadRequest, ErrorCodes.TextTooLong);
        await AssertProblemAsync(
            await moderator.PostAsJsonAsync("/api/sessions", new { challengeId = Demo.DemoData.Challenges[0].Id, title = "Ok", settings = new { voteBudget = 0, maxVotesPerIdea = 1, participantsCanGroup = false } }),
            HttpStatusCode.BadRequest, ErrorCodes.InvalidArgument);

        Assert.Equal(sessionsBefore, (await challenge.Get())!.Sessions.Count);
    }

    [Fact]
    public async Task A_challenge_under_evaluation_starts_no_session_and_the_answer_says_why()
    {
        var (moderator, _) = await App.SignInModeratorAsync();
        var grains = App.Services.GetRequiredService<IGrainFactory>();
        var admin = (await App.Services.GetRequiredService<Identity.LocalSignIn>().LocalAdminAsync()).Id;
        var challenge = grains.GetGrain<IChallengeGrain>(Guid.NewGuid());
        await challenge.Create(admin, Demo.DemoData.Organisations[0].Id, Demo.DemoData.Challenges[0].Draft with { Deadline = DateTimeOffset.UtcNow.AddDays(30) });
        await challenge.SetStatus(admin, ChallengeStatus.Evaluating);

        await AssertProblemAsync(
            await moderator.PostAsJsonAsync("/api/sessions", new { challengeId = (await challenge.Get())!.Id, title = "För sent" }),
            HttpStatusCode.Conflict, ChallengeErrorCodes.StatusNotAllowed);
        Assert.Empty((await challenge.Get())!.Sessions);
    }

    [Fact]
    public async Task Looking_up_a_code_explains_what_is_wrong()
    {
        var client = App.CreateClient();

        await AssertProblemAsync(await client.GetAsync("/api/sessions/by-code/hello"), HttpStatusCode.BadRequest, "invalid_code");
        await AssertProblemAsync(await client.GetAsync("/api/sessions/by-code/ZZZ-ZZZ"), HttpStatusCode.NotFound, SessionErrorCodes.SessionNotFound);
    }

    [Fact]
    public async Task The_qr_code_points_phones_at_the_join_page()
    {
        var response = await App.CreateClient().GetAsync($"/sessions/{App.DemoJoinCode}/qr.svg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<svg", (await response.Content.ReadAsStringAsync()).TrimStart()[..4]);
    }

    [Fact]
    public async Task Pages_speak_swedish_by_default_and_english_on_request()
    {
        var client = App.CreateClient();

        var swedish = await client.GetStringAsync("/");
        Assert.Contains("lang=\"sv\"", swedish);
        Assert.Contains("Gå med i en session", swedish);

        var englishRequest = new HttpRequestMessage(HttpMethod.Get, "/");
        englishRequest.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den-GB%7Cuic%3Den-GB");
        var english = await (await client.SendAsync(englishRequest)).Content.ReadAsStringAsync();
        Assert.Contains("lang=\"en\"", english);
        Assert.Contains("Join a session", english);
    }

    [Fact]
    public async Task Moderator_pages_require_sign_in()
    {
        var client = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync($"/moderate/{App.DemoSessionId}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Signing_out_needs_the_form_token_so_other_sites_cannot_do_it()
    {
        var (moderator, _) = await App.SignInModeratorAsync();

        var forged = await moderator.PostAsync("/signout", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await moderator.GetAsync("/moderator")).StatusCode);
    }
}
