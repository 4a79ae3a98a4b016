using System.Net;
using Hub.Grains;
using Hub.Grains.Accounts;
using Hub.Grains.Challenges;
using Hub.Grains.Events;
using Hub.Grains.Organisations;
using Hub.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests;

/// <summary>The public HTTP API for challenges and events: search, paging, authorisation and validation.</summary>
[Collection(HubAppCollection.Name)]
public sealed class CollaborationApiTests(HubAppFixture fixture)
{
    private HubApp App => fixture.App;

    private IGrainFactory Grains => App.Services.GetRequiredService<IGrainFactory>();

    /// <summary>An organisation and a signed-in member of it (its admin).</summary>
    private async Task<(Guid Organisation, BrowserClient Member)> OrganisationAsync(string name)
    {
        var admin = await App.Services.GetRequiredService<LocalSignIn>().LocalAdminAsync();
        var (browser, member) = await App.SignedInAsync($"Medlem i {name}");
        var organisation = Guid.NewGuid();
        await Grains.GetGrain<IOrganisationGrain>(organisation).Create(
            admin.Id, new OrganisationProfile($"{name} {organisation:N}", OrganisationKind.CityDepartment, "", null), member.Id);
        return (organisation, browser);
    }

    private static object Challenge(Guid owner, string title, string theme, DateTimeOffset? deadline = null) => new
    {
        ownerId = owner,
        draft = new ChallengeDraft(title, "Ett problem att lösa.", "", [theme], [], ChallengeKind.OpenChallenge, deadline ?? DateTimeOffset.UtcNow.AddDays(30), []),
    };

    private static async Task<ProblemDetails> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        var problem = await response.ReadAsync<ProblemDetails>();
        Assert.Equal(code, problem.Extensions["code"]!.ToString());
        return problem;
    }

    [Fact]
    public async Task A_search_pages_through_the_open_challenges_of_a_theme()
    {
        var (organisation, member) = await OrganisationAsync("Trafikkontoret");
        var theme = $"Tema {Guid.NewGuid():N}"[..30];
        for (var i = 0; i < 25; i++)
        {
            var created = await member.PostJsonAsync("/api/challenges", Challenge(organisation, $"Utmaning {i:00}", theme));
            var challenge = await created.ReadAsync<ChallengeView>();
            (await member.PostJsonAsync($"/api/challenges/{challenge.Id}/status", new { status = "Open" })).EnsureSuccessStatusCode();
        }

        using var anyone = App.NewBrowser();
        var first = await (await anyone.GetAsync($"/api/challenges?theme={Uri.EscapeDataString(theme)}&take=10")).ReadAsync<Page<ChallengeSummary>>();
        var last = await (await anyone.GetAsync($"/api/challenges?theme={Uri.EscapeDataString(theme)}&skip=20&take=10")).ReadAsync<Page<ChallengeSummary>>();

        Assert.Equal((25, 10, 5), (first.Total, first.Items.Count, last.Items.Count));
        Assert.Empty(first.Items.Select(c => c.Id).Intersect(last.Items.Select(c => c.Id)));
        await ProblemAsync(await anyone.GetAsync("/api/challenges?take=0"), HttpStatusCode.BadRequest, "invalid_argument");
        await ProblemAsync(await anyone.GetAsync("/api/challenges?take=101"), HttpStatusCode.BadRequest, "invalid_argument");
    }

    [Fact]
    public async Task Only_members_of_the_owner_post_and_edit_and_a_draft_is_theirs_alone()
    {
        var (organisation, member) = await OrganisationAsync("Trafikkontoret");
        var (_, outsider) = await OrganisationAsync("Stadsmuseet");
        using var anyone = App.NewBrowser();
        var theme = $"Tema {Guid.NewGuid():N}"[..30];

        Assert.Equal(HttpStatusCode.Unauthorized, (await anyone.PostJsonAsync("/api/challenges", Challenge(organisation, "Anonym", theme))).StatusCode);
        await ProblemAsync(await outsider.PostJsonAsync("/api/challenges", Challenge(organisation, "Kapad", theme)), HttpStatusCode.Forbidden, ChallengeErrorCodes.NotAnOwner);
        var created = await member.PostJsonAsync("/api/challenges", Challenge(organisation, "Tryggare skolvägar", theme));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = await created.ReadAsync<ChallengeView>();

        await ProblemAsync(await anyone.GetAsync($"/api/challenges/{draft.Id}"), HttpStatusCode.NotFound, ChallengeErrorCodes.ChallengeNotFound);
        await ProblemAsync(await outsider.PostJsonAsync($"/api/challenges/{draft.Id}/status", new { status = "Open" }), HttpStatusCode.Forbidden, ChallengeErrorCodes.NotAnOwner);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/api/challenges/{draft.Id}")).StatusCode);
        var search = await (await anyone.GetAsync($"/api/challenges?theme={Uri.EscapeDataString(theme)}")).ReadAsync<Page<ChallengeSummary>>();
        Assert.Equal(0, search.Total);
    }

    [Fact]
    public async Task Bad_challenge_input_gets_problem_details_and_changes_nothing()
    {
        var (organisation, member) = await OrganisationAsync("Trafikkontoret");
        var theme = $"Tema {Guid.NewGuid():N}"[..30];

        await ProblemAsync(await member.PostJsonAsync("/api/challenges", Challenge(organisation, "För sent", theme, DateTimeOffset.UtcNow.AddDays(-1))), HttpStatusCode.BadRequest, ChallengeErrorCodes.DeadlineInThePast);
        await ProblemAsync(await member.PostJsonAsync("/api/challenges", Challenge(organisation, new string('x', 121), theme)), HttpStatusCode.BadRequest, "text_too_long");
        await ProblemAsync(await member.PostJsonAsync($"/api/challenges/{Guid.NewGuid()}/status", new { status = "Open" }), HttpStatusCode.NotFound, ChallengeErrorCodes.ChallengeNotFound);
        var created = await (await member.PostJsonAsync("/api/challenges", Challenge(organisation, "Rätt", theme))).ReadAsync<ChallengeView>();
        (await member.PostJsonAsync($"/api/challenges/{created.Id}/status", new { status = "Open" })).EnsureSuccessStatusCode();
        await ProblemAsync(await member.PostJsonAsync($"/api/challenges/{created.Id}/status", new { status = "Draft" }), HttpStatusCode.Conflict, ChallengeErrorCodes.StatusNotAllowed);

        var search = await (await member.GetAsync($"/api/challenges?theme={Uri.EscapeDataString(theme)}")).ReadAsync<Page<ChallengeSummary>>();
        Assert.Equal(["Rätt"], search.Items.Select(c => c.Title));
        Assert.Equal(ChallengeStatus.Open, search.Items[0].Status);
    }

    [Fact]
    public async Task Events_are_created_by_moderators_checked_for_their_times_and_exported_as_icalendar()
    {
        var (moderator, _) = await App.SignedInAsync("Mona", HubRole.Moderator);
        var (participant, _) = await App.SignedInAsync("Bo");
        var place = Demo.DemoData.Places[0].Id;
        var start = DateTimeOffset.UtcNow.AddDays(3);
        object Draft(DateTimeOffset end) => new EventDraft("Idédag, spår och pass", "Två spår samtidigt.", place, start, end, []);

        Assert.Equal(HttpStatusCode.Forbidden, (await participant.PostJsonAsync("/api/events", Draft(start.AddHours(2)))).StatusCode);
        await ProblemAsync(await moderator.PostJsonAsync("/api/events", Draft(start.AddHours(-1))), HttpStatusCode.BadRequest, EventErrorCodes.EndsBeforeItStarts);
        var created = await moderator.PostJsonAsync("/api/events", Draft(start.AddHours(2)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var meeting = await created.ReadAsync<EventView>();

        using var anyone = App.NewBrowser();
        Assert.Equal("", (await (await anyone.GetAsync($"/api/events/{meeting.Id}")).ReadAsync<EventView>()).CheckInCode);
        await ProblemAsync(await anyone.PostJsonAsync($"/api/events/{meeting.Id}/check-ins", new { code = "fel" }), HttpStatusCode.BadRequest, EventErrorCodes.WrongCheckInCode);
        var calendar = await anyone.GetAsync($"/events/{meeting.Id}/calendar.ics");
        Assert.Equal("text/calendar", calendar.Content.Headers.ContentType?.MediaType);
        var ics = await calendar.Content.ReadAsStringAsync();
        Assert.Contains("BEGIN:VEVENT", ics);
        Assert.Contains("SUMMARY:Idédag\\, spår och pass", ics);
        Assert.Contains($"DTSTART:{start.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}", ics);
        var upcoming = await (await anyone.GetAsync($"/api/events?placeId={place}&take=100")).ReadAsync<Page<EventSummary>>();
        Assert.Contains(upcoming.Items, e => e.Id == meeting.Id);
    }

    [Fact]
    public async Task An_organiser_adds_a_fellow_moderator_by_address_who_then_runs_the_event_too()
    {
        var (mona, monaAccount) = await App.SignedInAsync("Mona", HubRole.Moderator);
        var (max, maxAccount) = await App.SignedInAsync("Max", HubRole.Moderator);
        var (bo, boAccount) = await App.SignedInAsync("Bo");
        var start = DateTimeOffset.UtcNow.AddDays(4);
        var meeting = await (await mona.PostJsonAsync("/api/events", new EventDraft("Idédag i två spår", "", Demo.DemoData.Places[0].Id, start, start.AddHours(3), []))).ReadAsync<EventView>();
        var organisers = $"/api/events/{meeting.Id}/organisers";

        // Someone who does not organise the event learns nothing about addresses, not even that one is unknown.
        await ProblemAsync(await bo.PostJsonAsync(organisers, new { email = "ingen@example.org" }), HttpStatusCode.Forbidden, EventErrorCodes.NotAnOrganiser);
        await ProblemAsync(await mona.PostJsonAsync(organisers, new { email = "ingen@example.org" }), HttpStatusCode.NotFound, AccountErrorCodes.AccountNotFound);
        await ProblemAsync(await mona.PostJsonAsync(organisers, new { email = boAccount.Email }), HttpStatusCode.BadRequest, EventErrorCodes.NotAModerator);
        Assert.Equal("", (await (await max.GetAsync($"/api/events/{meeting.Id}")).ReadAsync<EventView>()).CheckInCode);

        var added = await (await mona.PostJsonAsync(organisers, new { email = maxAccount.Email.ToUpperInvariant() })).ReadAsync<EventView>();

        Assert.Equal([monaAccount.Id, maxAccount.Id], added.OrganiserIds);
        Assert.NotEqual("", (await (await max.GetAsync($"/api/events/{meeting.Id}")).ReadAsync<EventView>()).CheckInCode);
        Assert.Equal(HttpStatusCode.OK, (await max.DeleteAsync($"{organisers}/{monaAccount.Id}")).StatusCode);
        await ProblemAsync(await mona.DeleteAsync($"{organisers}/{maxAccount.Id}"), HttpStatusCode.Forbidden, EventErrorCodes.NotAnOrganiser);
        await ProblemAsync(await max.DeleteAsync($"{organisers}/{maxAccount.Id}"), HttpStatusCode.Conflict, EventErrorCodes.LastOrganiser);
        Assert.Equal([maxAccount.Id], (await (await bo.GetAsync($"/api/events/{meeting.Id}")).ReadAsync<EventView>()).OrganiserIds);
    }

    [Fact]
    public async Task The_app_serves_its_openapi_document()
    {
        using var anyone = App.NewBrowser();

        var document = await anyone.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        var text = await document.Content.ReadAsStringAsync();
        foreach (var path in new[] { "/api/challenges", "/api/organisations", "/api/places", "/api/events", "/api/sessions" })
        {
            Assert.Contains($"\"{path}", text);
        }
    }
}
