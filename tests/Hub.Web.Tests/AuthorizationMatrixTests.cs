using System.Net;
using Hub.Grains.Accounts;
using Hub.Grains.Organisations;
using Hub.Grains.Sessions;
using Hub.Web.Identity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests;

/// <summary>
/// Every privileged endpoint and hub method, tried as every lesser role and as nobody: each is
/// refused, and what it would have changed is unchanged.
/// </summary>
[Collection(HubAppCollection.Name)]
public sealed class AuthorizationMatrixTests(HubAppFixture fixture)
{
    public enum Who
    {
        Nobody,
        OrganisationMember,
        AdminOfAnotherOrganisation,
        OrganisationAdmin,
        Moderator,
    }

    private HubApp App => fixture.App;

    private IGrainFactory Grains => App.Services.GetRequiredService<IGrainFactory>();

    public static TheoryData<string> Endpoints() => [.. EndpointCases.Keys];

    private static readonly Who[] BelowAdmin = [Who.Nobody, Who.OrganisationMember, Who.OrganisationAdmin, Who.Moderator];
    private static readonly Who[] BelowModerator = [Who.Nobody, Who.OrganisationMember, Who.OrganisationAdmin];
    private static readonly Who[] NotThisOrganisationsAdmin = [Who.Nobody, Who.OrganisationMember, Who.AdminOfAnotherOrganisation, Who.Moderator];
    private static readonly Who[] NotInThisOrganisation = [Who.Nobody, Who.AdminOfAnotherOrganisation, Who.Moderator];
    private static readonly Who[] NotSignedIn = [Who.Nobody];

    /// <summary>Each endpoint, whom it must refuse, and how to call it.</summary>
    private static readonly Dictionary<string, (Who[] Refused, string Method, string Path)> EndpointCases = new()
    {
        ["admin page"] = (BelowAdmin, "GET", "/admin"),
        ["grant roles"] = (BelowAdmin, "POST", "/admin?handler=Roles"),
        ["invite an account"] = (BelowAdmin, "POST", "/admin?handler=Invite"),
        ["add an organisation"] = (BelowAdmin, "POST", "/admin?handler=Organisation"),
        ["audit log"] = (BelowAdmin, "GET", "/admin/audit"),
        ["moderator page"] = (BelowModerator, "GET", "/moderator"),
        ["launch from the page"] = (BelowModerator, "POST", "/moderator"),
        ["launch through the API"] = (BelowModerator, "API", "/api/sessions"),
        ["moderator console"] = (BelowModerator, "GET", "/moderate/{session}"),
        ["invite a member"] = (NotThisOrganisationsAdmin, "POST", "/organisations/{organisation}/members?handler=Invite"),
        ["change a member's role"] = (NotThisOrganisationsAdmin, "POST", "/organisations/{organisation}/members?handler=Role"),
        ["members page"] = (NotInThisOrganisation, "GET", "/organisations/{organisation}/members"),
        ["edit an organisation's profile"] = (NotThisOrganisationsAdmin, "PUT", "/api/organisations/{organisation}"),
        ["add a meeting place"] = (BelowAdmin, "API", "/api/places"),
        ["create an event"] = (BelowModerator, "API", "/api/events"),
        ["add an event organiser"] = (BelowAdmin, "API", "/api/events/{event}/organisers"),
        ["hide a contribution"] = (BelowModerator, "PUT", "/api/challenges/{challenge}/hidden/{idea}"),
        ["account page"] = (NotSignedIn, "GET", "/account"),
        ["account export"] = (NotSignedIn, "GET", "/account/export"),
        ["erase account"] = (NotSignedIn, "POST", "/account?handler=Erase"),
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_privileged_endpoint_refuses_every_lesser_role(string endpoint)
    {
        var (refused, method, template) = EndpointCases[endpoint];
        var world = await WorldAsync();
        var path = template.Replace("{session}", App.DemoSessionId.ToString()).Replace("{organisation}", world.OrganisationId.ToString())
            .Replace("{challenge}", Demo.DemoData.Challenges[0].Id.ToString()).Replace("{idea}", world.IdeaId.ToString())
            .Replace("{event}", Demo.DemoData.EventId.ToString());
        var target = world.Member.Account;
        var fields = new Dictionary<string, string>
        {
            ["accountId"] = target.Id.ToString(),
            ["roles"] = nameof(HubRole.Admin),
            ["role"] = nameof(OrganisationRole.Admin),
            ["displayName"] = "Inkräktare",
            ["email"] = world.NewcomerEmail,
            ["name"] = world.NewOrganisationName,
            ["kind"] = nameof(OrganisationKind.Company),
            ["adminName"] = "Inkräktare",
            ["adminEmail"] = world.NewcomerEmail,
            ["confirm"] = "true",
            ["Launch.ChallengeId"] = Demo.DemoData.Challenges[0].Id.ToString(),
            ["Launch.Title"] = "Obehörig session",
        };

        foreach (var who in refused)
        {
            var before = await world.ProbeAsync(Grains);
            using var browser = await world.BrowserAsync(App, who);
            var response = method switch
            {
                "GET" => await browser.GetAsync(path),
                "API" => await browser.PostJsonAsync(path, JsonBody(path, world)),
                "PUT" => await browser.SendJsonAsync(HttpMethod.Put, path, JsonBody(path, world)),
                _ => await browser.SubmitAsync("/sign-in", fields, path),
            };

            Assert.True(IsRefusal(response), $"{endpoint} as {who} answered {(int)response.StatusCode} {response.Headers.Location}.");
            Assert.Equal(before, await world.ProbeAsync(Grains));
        }
    }

    public static TheoryData<string> HubMethods() => [.. HubMethodCases.Keys];

    /// <summary>The moderator's methods, and the participant's, with arguments that would change the session.</summary>
    private static readonly Dictionary<string, (bool ForModerators, Func<HubConnection, Session, Task> Call)> HubMethodCases = new()
    {
        ["Moderate"] = (true, (c, s) => c.InvokeAsync<SessionCatchUp>("Moderate", s.Id, null, 0L)),
        ["SetPhase"] = (true, (c, _) => c.InvokeAsync("SetPhase", SessionPhase.Closed, (int?)null)),
        ["SetTimer"] = (true, (c, _) => c.InvokeAsync("SetTimer", (int?)60)),
        ["HideIdea"] = (true, (c, s) => c.InvokeAsync("HideIdea", s.IdeaId)),
        ["RestoreIdea"] = (true, (c, s) => c.InvokeAsync("RestoreIdea", s.HiddenIdeaId)),
        ["ApproveIdea"] = (true, (c, s) => c.InvokeAsync("ApproveIdea", s.IdeaId)),
        ["RemoveAuthor"] = (true, (c, s) => c.InvokeAsync("RemoveAuthor", s.IdeaId, true)),
        ["HideComment"] = (true, (c, s) => c.InvokeAsync("HideComment", s.CommentId)),
        ["RestoreComment"] = (true, (c, s) => c.InvokeAsync("RestoreComment", s.HiddenCommentId)),
        ["UpdateSettings"] = (true, (c, _) => c.InvokeAsync("UpdateSettings", SessionSettings.Default with { Locked = true })),
        ["CreateGroup"] = (true, (c, _) => c.InvokeAsync<GroupView>("CreateGroup", "Kapad grupp")),
        ["PostIdea"] = (false, (c, _) => c.InvokeAsync<IdeaView>("PostIdea", "Obehörig idé", Guid.NewGuid())),
        ["EditIdea"] = (false, (c, s) => c.InvokeAsync("EditIdea", s.IdeaId, "Kapad")),
        ["DeleteIdea"] = (false, (c, s) => c.InvokeAsync("DeleteIdea", s.IdeaId)),
        ["PostComment"] = (false, (c, s) => c.InvokeAsync<CommentView>("PostComment", s.IdeaId, "Obehörig kommentar", Guid.NewGuid())),
        ["DeleteComment"] = (false, (c, s) => c.InvokeAsync("DeleteComment", s.CommentId)),
        ["CastVote"] = (false, (c, s) => c.InvokeAsync<VoteReceipt>("CastVote", s.IdeaId, Guid.NewGuid())),
        ["ReportIdea"] = (false, (c, s) => c.InvokeAsync("ReportIdea", s.IdeaId, Guid.NewGuid())),
        ["ExportMyData"] = (false, (c, _) => c.InvokeAsync<ParticipantExport>("ExportMyData")),
        ["EraseMyContributions"] = (false, (c, _) => c.InvokeAsync("EraseMyContributions")),
    };

    [Theory]
    [MemberData(nameof(HubMethods))]
    public async Task A_privileged_hub_method_refuses_every_lesser_role(string method)
    {
        var (forModerators, call) = HubMethodCases[method];
        var world = await WorldAsync();
        var session = await SessionAsync(world);

        // Who tries: nobody bound; a room display; and, for moderators' methods, a participant and
        // people signed in without the moderator role who joined as participants.
        List<(string Who, Func<Task<SessionClient>> Connect)> callers =
        [
            ("nobody", () => App.ConnectAsync()),
            ("a room display", async () =>
            {
                var display = await App.ConnectAsync();
                await display.Connection.InvokeAsync<SessionCatchUp>("Watch", session.Code, null, 0L);
                return display;
            }),
        ];
        if (forModerators)
        {
            callers.Add(("a participant", () => App.JoinedAsync(session.Code, "Deltagare")));
            foreach (var who in new[] { Who.OrganisationMember, Who.OrganisationAdmin })
            {
                callers.Add((who.ToString(), async () =>
                {
                    var person = await world.BrowserAsync(App, who);
                    var client = await App.ConnectAsync(person.Cookie);
                    await client.JoinAsync(session.Code, who.ToString());
                    return client;
                }));
            }
        }

        foreach (var (who, connect) in callers)
        {
            var before = await session.ProbeAsync(Grains);
            await using var client = await connect();

            var refusal = await Assert.ThrowsAsync<HubException>(() => call(client.Connection, session));

            Assert.Matches("^(not_joined|forbidden|unauthorized): ", refusal.Message.Split("HubException: ")[^1]);
            Assert.True(before == await session.ProbeAsync(Grains), $"{method} as {who} changed the session.");
        }
    }

    /// <summary>A body the endpoint would accept from someone allowed to call it.</summary>
    private static object JsonBody(string path, World world) => path switch
    {
        _ when path.EndsWith("/organisers", StringComparison.Ordinal) => new { email = world.Moderator.Account.Email },
        "/api/sessions" => new { challengeId = Demo.DemoData.Challenges[0].Id, title = "Obehörig session" },
        "/api/places" => new Hub.Grains.Places.MeetingPlaceProfile("Obehörig plats", Hub.Grains.Places.PlaceKind.Physical, "Gatan 1", 10, "", ""),
        "/api/events" => new Hub.Grains.Events.EventDraft("Obehörigt evenemang", "", Demo.DemoData.Places[0].Id, DateTimeOffset.UtcNow.AddDays(1), DateTimeOffset.UtcNow.AddDays(1).AddHours(1), []),
        _ when path.StartsWith("/api/organisations", StringComparison.Ordinal) => new OrganisationProfile("Kapad", OrganisationKind.Company, "", null),
        _ => new { },
    };

    private static bool IsRefusal(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || (response.StatusCode == HttpStatusCode.Redirect && new Uri(new Uri("http://hub/"), response.Headers.Location!).AbsolutePath == "/sign-in");

    /// <summary>An organisation with a member and an admin, another organisation's admin, and a moderator.</summary>
    private async Task<World> WorldAsync()
    {
        var admin = await App.Services.GetRequiredService<LocalSignIn>().LocalAdminAsync();
        var member = await App.SignedInAsync("Maja Medlem");
        var organisationAdmin = await App.SignedInAsync("Olle Orgadmin");
        var otherAdmin = await App.SignedInAsync("Petra Annanorg");
        var moderator = await App.SignedInAsync("Mona Moderator", HubRole.Moderator);
        var organisationId = Guid.NewGuid();
        var organisation = Grains.GetGrain<IOrganisationGrain>(organisationId);
        await organisation.Create(admin.Id, new OrganisationProfile($"Openlab {organisationId:N}", OrganisationKind.University, "", null), organisationAdmin.Account.Id);
        await organisation.SetMember(admin.Id, member.Account.Id, OrganisationRole.Member);
        await Grains.GetGrain<IOrganisationGrain>(Guid.NewGuid())
            .Create(admin.Id, new OrganisationProfile($"SU {organisationId:N}", OrganisationKind.University, "", null), otherAdmin.Account.Id);

        var ideaId = await Grains.GetGrain<Hub.Grains.Contributions.IChallengeContributionsGrain>(Demo.DemoData.Challenges[0].Id).SubmitIdea(member.Account.Id, "En idé mellan sessionerna");

        // Memberships arrive in the cookie at the next request; the browsers read them from the account each time.
        return new World(organisationId, member, organisationAdmin, otherAdmin, moderator, $"ny.{organisationId:N}@example.se", $"Ny organisation {organisationId:N}", ideaId);
    }

    private async Task<Session> SessionAsync(World world)
    {
        var launched = await world.Moderator.Browser.PostJsonAsync("/api/sessions", new
        {
            challengeId = Demo.DemoData.Challenges[0].Id,
            title = "Behörighetsprov",
            settings = SessionSettings.Default with { HoldIdeasForApproval = false },
        });
        launched.EnsureSuccessStatusCode();
        var session = (await launched.Content.ReadFromJsonAsync<Sessions.LaunchedSession>())!;
        var grain = Grains.GetGrain<ISessionGrain>(session.SessionId);
        var moderator = SessionActor.Moderator(world.Moderator.Account.Id.ToString());
        var alva = (await grain.Join("Alva")).ParticipantId;
        await grain.SetPhase(moderator, SessionPhase.Ideate, null);
        var idea = await grain.PostIdea(alva, "Alvas idé");
        var hidden = await grain.PostIdea(alva, "Dold idé");
        await grain.SetIdeaHidden(moderator, hidden.Id, hidden: true);
        var comment = await grain.PostComment(alva, idea.Id, "Alvas kommentar");
        var hiddenComment = await grain.PostComment(alva, idea.Id, "Dold kommentar");
        await grain.SetCommentHidden(moderator, hiddenComment.Id, hidden: true);
        var admin = await App.Services.GetRequiredService<LocalSignIn>().LocalAdminAsync();
        return new Session(session.SessionId, session.JoinCode, idea.Id, hidden.Id, comment.Id, hiddenComment.Id, admin.Id);
    }

    private sealed record World(
        Guid OrganisationId,
        (BrowserClient Browser, AccountView Account) Member,
        (BrowserClient Browser, AccountView Account) OrganisationAdmin,
        (BrowserClient Browser, AccountView Account) OtherAdmin,
        (BrowserClient Browser, AccountView Account) Moderator,
        string NewcomerEmail,
        string NewOrganisationName,
        Guid IdeaId)
    {
        /// <summary>A browser of the person, signed in again so that each attempt starts clean.</summary>
        public async Task<BrowserClient> BrowserAsync(HubApp app, Who who) => who switch
        {
            Who.Nobody => app.NewBrowser(),
            Who.OrganisationMember => await app.SignInAgainAsync(Member.Account),
            Who.AdminOfAnotherOrganisation => await app.SignInAgainAsync(OtherAdmin.Account),
            Who.OrganisationAdmin => await app.SignInAgainAsync(OrganisationAdmin.Account),
            Who.Moderator => await app.SignInAgainAsync(Moderator.Account),
            _ => throw new ArgumentOutOfRangeException(nameof(who)),
        };

        /// <summary>Everything the endpoints could change: roles, memberships, accounts, organisations, sessions.</summary>
        public async Task<string> ProbeAsync(IGrainFactory grains)
        {
            var accounts = await grains.GetGrain<IAccountDirectoryGrain>(0).List();
            var people = accounts.Where(a => a.Id == Member.Account.Id || a.Email == NewcomerEmail || a.Id == OrganisationAdmin.Account.Id)
                .Select(a => $"{a.Email}:{string.Join(',', a.Roles.Order())}");
            var organisation = await grains.GetGrain<IOrganisationGrain>(OrganisationId).Get();
            var members = organisation!.Members.OrderBy(m => m.Key).Select(m => $"{m.Key}:{m.Value}");
            var organisations = (await grains.GetGrain<IOrganisationDirectoryGrain>(0).List()).Count(o => o.Name == NewOrganisationName);
            var sessions = (await grains.GetGrain<Hub.Grains.Challenges.IChallengeGrain>(Demo.DemoData.Challenges[0].Id).Get())!.Sessions.Count(s => s.Title == "Obehörig session");
            var places = (await grains.GetGrain<Hub.Grains.Places.IMeetingPlaceDirectoryGrain>(0).List()).Count(p => p.Profile.Name == "Obehörig plats");
            var events = (await grains.GetGrain<Hub.Grains.Events.IEventDirectoryGrain>(0).Search(new Hub.Grains.Events.EventQuery(Take: 100))).Items.Count(e => e.Title == "Obehörigt evenemang");
            var ideas = (await grains.GetGrain<Hub.Grains.Contributions.IChallengeContributionsGrain>(Demo.DemoData.Challenges[0].Id).Get(null)).Ideas.Count(i => i.Id == IdeaId);
            var organisers = (await grains.GetGrain<Hub.Grains.Events.IEventGrain>(Demo.DemoData.EventId).Get())!.OrganiserIds;
            return string.Join(" | ", [.. people, .. members, $"profile:{organisation.Profile.Name}", $"organisations:{organisations}", $"sessions:{sessions}", $"places:{places}", $"events:{events}", $"idea shown:{ideas}", $"organisers:{string.Join(',', organisers)}"]);
        }
    }

    /// <summary>A session of the matrix; <see cref="AdminId"/> reads it whole, as the session lets only a moderator.</summary>
    private sealed record Session(Guid Id, string Code, Guid IdeaId, Guid HiddenIdeaId, Guid CommentId, Guid HiddenCommentId, Guid AdminId)
    {
        public async Task<string> ProbeAsync(IGrainFactory grains)
        {
            var snapshot = await grains.GetGrain<ISessionGrain>(Id).GetSnapshot(SessionActor.Moderator(AdminId.ToString()));
            var ideas = snapshot.Ideas.Select(i => $"{i.Id}:{i.Text}:{i.Hidden}:{i.Pending}:{i.Votes}:{i.Reports}");
            var comments = snapshot.Comments.Select(c => $"{c.Id}:{c.Text}:{c.Hidden}");
            return string.Join(" | ", [$"{snapshot.Phase}:{snapshot.TimerEndsAt}:{snapshot.Settings}", .. ideas, .. comments, .. snapshot.Groups.Select(g => g.Name), $"log:{snapshot.ModerationLog!.Count}"]);
        }
    }
}
