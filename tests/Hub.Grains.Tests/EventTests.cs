using Hub.Grains.Accounts;
using Hub.Grains.Challenges;
using Hub.Grains.Events;
using Hub.Grains.Places;
using Hub.Grains.Sessions;
using static Hub.Grains.Tests.AccountTests;
using static Hub.Grains.Tests.Assertions;
using static Hub.Grains.Tests.ChallengeScenario;

namespace Hub.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class EventTests(ClusterFixture fixture)
{
    private async Task<Guid> PlaceAsync()
    {
        var id = Guid.NewGuid();
        await fixture.Grains.GetGrain<IMeetingPlaceGrain>(id).Save(
            await AdminAsync(fixture.Grains), new MeetingPlaceProfile("Openlab", PlaceKind.Physical, "Valhallavägen 79", 120, "Hiss", ""));
        return id;
    }

    private static EventDraft Draft(Guid place, DateTimeOffset? start = null, TimeSpan? length = null)
    {
        var from = start ?? DateTimeOffset.UtcNow.AddDays(7);
        return new EventDraft("Idédag", "Flera spår samtidigt.", place, from, from + (length ?? TimeSpan.FromHours(3)), []);
    }

    private static NewAgendaSession Session(Guid challenge, string title, string? track = null, Guid? sessionId = null) =>
        new(challenge, title, track, SessionSettings.Default, SessionId: sessionId);

    [Fact]
    public async Task Only_a_moderator_creates_an_event_and_only_its_organisers_change_it()
    {
        var place = await PlaceAsync();
        var mona = await AccountAsync(fixture.Grains, "Mona", HubRole.Moderator);
        var max = await AccountAsync(fixture.Grains, "Max", HubRole.Moderator);
        var bo = await AccountAsync(fixture.Grains, "Bo");
        var (challenge, _) = await ChallengeAsync(fixture.Grains);
        var meeting = fixture.Grains.GetGrain<IEventGrain>(Guid.NewGuid());

        await Refused(EventErrorCodes.NotAnOrganiser, () => meeting.Create(bo, Draft(place)));
        await meeting.Create(mona, Draft(place) with { ChallengeIds = [challenge] });
        await Refused(EventErrorCodes.NotAnOrganiser, () => meeting.Update(max, Draft(place) with { Title = "Kapad" }));
        await Refused(EventErrorCodes.NotAnOrganiser, () => meeting.StartSession(max, Session(challenge, "Spår", "Rum 2")));
        await meeting.StartSession(mona, Session(challenge, "Spår A", "Rum 1"));
        await meeting.StartSession(mona, Session(challenge, "Spår B", "Rum 2"));

        var view = (await meeting.Get())!;
        Assert.Equal("Idédag", view.Draft.Title);
        Assert.Equal([mona], view.OrganiserIds);
        Assert.Equal(["Rum 1", "Rum 2"], view.Agenda.Select(s => s.Track));
    }

    [Fact]
    public async Task An_organiser_brings_in_another_moderator_who_may_then_change_the_event()
    {
        var place = await PlaceAsync();
        var mona = await AccountAsync(fixture.Grains, "Mona", HubRole.Moderator);
        var max = await AccountAsync(fixture.Grains, "Max", HubRole.Moderator);
        var bo = await AccountAsync(fixture.Grains, "Bo");
        var meeting = fixture.Grains.GetGrain<IEventGrain>(Guid.NewGuid());
        await meeting.Create(mona, Draft(place));

        await Refused(EventErrorCodes.NotAnOrganiser, () => meeting.AddOrganiser(max, max));
        await Refused(EventErrorCodes.NotAModerator, () => meeting.AddOrganiser(mona, bo));
        await Refused(EventErrorCodes.NotAModerator, () => meeting.AddOrganiser(mona, Guid.NewGuid()));
        await meeting.AddOrganiser(mona, max);
        await meeting.Update(max, Draft(place) with { Title = "Idédag med Max" });
        await meeting.RemoveOrganiser(max, mona);

        await Refused(EventErrorCodes.NotAnOrganiser, () => meeting.Update(mona, Draft(place) with { Title = "Monas igen" }));
        await Refused(EventErrorCodes.LastOrganiser, () => meeting.RemoveOrganiser(max, max));
        var view = (await meeting.Get())!;
        Assert.Equal("Idédag med Max", view.Draft.Title);
        Assert.Equal([max], view.OrganiserIds);
        var directory = fixture.Grains.GetGrain<IEventDirectoryGrain>(0);
        Assert.Contains(view.Id, (await directory.Search(new EventQuery(OrganiserId: max))).Items.Select(e => e.Id));
        Assert.DoesNotContain(view.Id, (await directory.Search(new EventQuery(OrganiserId: mona))).Items.Select(e => e.Id));
    }

    [Fact]
    public async Task Bad_times_and_unknown_places_are_refused_and_nothing_is_written()
    {
        var place = await PlaceAsync();
        var mona = await AccountAsync(fixture.Grains, "Mona", HubRole.Moderator);
        var meeting = fixture.Grains.GetGrain<IEventGrain>(Guid.NewGuid());

        await Refused(EventErrorCodes.EndsBeforeItStarts, () => meeting.Create(mona, Draft(place, length: TimeSpan.FromHours(-1))));
        await Refused(EventErrorCodes.StartsInThePast, () => meeting.Create(mona, Draft(place, start: DateTimeOffset.UtcNow.AddDays(-1))));
        await Refused(EventErrorCodes.MeetingPlaceNotFound, () => meeting.Create(mona, Draft(Guid.NewGuid())));
        await Refused(Challenges.ChallengeErrorCodes.ChallengeNotFound, () => meeting.Create(mona, Draft(place) with { ChallengeIds = [Guid.NewGuid()] }));

        Assert.Null(await meeting.Get());
    }

    [Fact]
    public async Task Check_in_counts_each_registration_once_and_refuses_a_wrong_code()
    {
        var mona = await AccountAsync(fixture.Grains, "Mona", HubRole.Moderator);
        var meeting = fixture.Grains.GetGrain<IEventGrain>(Guid.NewGuid());
        var code = (await meeting.Create(mona, Draft(await PlaceAsync()))).CheckInCode;
        var registration = await meeting.Register();

        await Refused(EventErrorCodes.WrongCheckInCode, () => meeting.CheckIn("fel", registration));
        Assert.Equal(1, await meeting.CheckIn(code, registration));
        Assert.Equal(1, await meeting.CheckIn(code, registration));
        Assert.Equal(2, await meeting.CheckIn(code, registrationId: null));

        var view = (await meeting.Get())!;
        Assert.Equal((1, 2), (view.Registered, view.CheckedIn));
    }

    [Fact]
    public async Task Only_an_admin_adds_a_meeting_place_and_its_capacity_is_checked()
    {
        var mona = await AccountAsync(fixture.Grains, "Mona", HubRole.Moderator);
        var place = fixture.Grains.GetGrain<IMeetingPlaceGrain>(Guid.NewGuid());
        var profile = new MeetingPlaceProfile("Stadsbiblioteket", PlaceKind.Physical, "Sveavägen 73", 80, "", "");

        await Refused(AccountErrorCodes.NotAdmin, () => place.Save(mona, profile));
        await Refused(ErrorCodes.InvalidArgument, () => place.Save(AdminId, profile with { Capacity = 0 }));
        Assert.Null(await place.Get());

        await AdminAsync(fixture.Grains);
        Assert.Equal("Stadsbiblioteket", (await place.Save(AdminId, profile)).Profile.Name);
        Assert.Contains(await fixture.Grains.GetGrain<IMeetingPlaceDirectoryGrain>(0).List(), p => p.Profile.Name == "Stadsbiblioteket");
    }

    [Fact]
    public async Task An_agenda_session_is_launched_through_its_challenge_with_the_place_and_track_as_its_venue()
    {
        var mona = await AccountAsync(fixture.Grains, "Mona", HubRole.Moderator);
        var (challenge, _) = await ChallengeAsync(fixture.Grains);
        var meeting = fixture.Grains.GetGrain<IEventGrain>(Guid.NewGuid());
        await meeting.Create(mona, Draft(await PlaceAsync()) with { ChallengeIds = [challenge] });
        var (inTrack, plain) = (Guid.NewGuid(), Guid.NewGuid());

        await meeting.StartSession(mona, Session(challenge, "Spår A", " Rum 1 ", inTrack));
        await meeting.StartSession(mona, Session(challenge, "Alla", sessionId: plain));
        var view = await meeting.StartSession(mona, Session(challenge, "Spår A igen", "Rum 1", inTrack));

        Assert.Equal([(inTrack, "Rum 1"), (plain, "")], view.Agenda.Select(s => (s.SessionId, s.Track)));
        Assert.Equal("Openlab · Rum 1", (await fixture.Grains.GetGrain<ISessionGrain>(inTrack).GetInfo())!.Venue);
        Assert.Equal("Openlab", (await fixture.Grains.GetGrain<ISessionGrain>(plain).GetInfo())!.Venue);
        Assert.Equal([inTrack, plain], (await fixture.Grains.GetGrain<IChallengeGrain>(challenge).Get())!.Sessions.Select(s => s.SessionId));
    }

    [Fact]
    public async Task The_agenda_rules_refuse_before_any_session_is_made()
    {
        var mona = await AccountAsync(fixture.Grains, "Mona", HubRole.Moderator);
        var max = await AccountAsync(fixture.Grains, "Max", HubRole.Moderator);
        var (challenge, _) = await ChallengeAsync(fixture.Grains);
        var (other, _) = await ChallengeAsync(fixture.Grains);
        var (evaluating, _) = await ChallengeAsync(fixture.Grains, ChallengeStatus.Evaluating);
        var meeting = fixture.Grains.GetGrain<IEventGrain>(Guid.NewGuid());
        await meeting.Create(mona, Draft(await PlaceAsync()) with { ChallengeIds = [challenge, evaluating] });

        await Refused(EventErrorCodes.EventNotFound, () => fixture.Grains.GetGrain<IEventGrain>(Guid.NewGuid()).StartSession(mona, Session(challenge, "Jam")));
        await Refused(EventErrorCodes.NotAnOrganiser, () => meeting.StartSession(max, Session(challenge, "Jam")));
        await Refused(ErrorCodes.InvalidArgument, () => meeting.StartSession(mona, Session(other, "Jam")));
        await Refused(ErrorCodes.TextTooLong, () => meeting.StartSession(mona, Session(challenge, "Jam", new string('x', EventLimits.MaxTrackLength + 1))));
        await Refused(ChallengeErrorCodes.StatusNotAllowed, () => meeting.StartSession(mona, Session(evaluating, "Jam")));

        Assert.Empty((await meeting.Get())!.Agenda);
        foreach (var id in new[] { challenge, other, evaluating })
        {
            Assert.Empty((await fixture.Grains.GetGrain<IChallengeGrain>(id).Get())!.Sessions);
        }
    }

    [Fact]
    public async Task A_full_agenda_takes_no_further_session_and_launches_none()
    {
        var mona = await AccountAsync(fixture.Grains, "Mona", HubRole.Moderator);
        var (challenge, _) = await ChallengeAsync(fixture.Grains);
        var meeting = fixture.Grains.GetGrain<IEventGrain>(Guid.NewGuid());
        await meeting.Create(mona, Draft(await PlaceAsync()) with { ChallengeIds = [challenge] });
        for (var i = 0; i < EventLimits.MaxSessions; i++)
        {
            await meeting.StartSession(mona, Session(challenge, $"Jam {i}"));
        }

        await Refused(ErrorCodes.InvalidArgument, () => meeting.StartSession(mona, Session(challenge, "En för mycket")));

        Assert.Equal(EventLimits.MaxSessions, (await meeting.Get())!.Agenda.Count);
        Assert.Equal(EventLimits.MaxSessions, (await fixture.Grains.GetGrain<IChallengeGrain>(challenge).Get())!.Sessions.Count);
    }

    [Fact]
    public async Task Only_an_organiser_learns_whether_an_address_has_an_account()
    {
        var mona = await AccountAsync(fixture.Grains, "Mona", HubRole.Moderator);
        var max = await AccountAsync(fixture.Grains, "Max", HubRole.Moderator);
        var bo = await AccountAsync(fixture.Grains, "Bo");
        var meeting = fixture.Grains.GetGrain<IEventGrain>(Guid.NewGuid());
        await Refused(EventErrorCodes.EventNotFound, () => meeting.AddOrganiserByEmail(mona, $"{max:N}@example.se"));
        await meeting.Create(mona, Draft(await PlaceAsync()));

        // An outsider is refused alike for an address with an account and one without.
        await Refused(EventErrorCodes.NotAnOrganiser, () => meeting.AddOrganiserByEmail(max, $"{max:N}@example.se"));
        await Refused(EventErrorCodes.NotAnOrganiser, () => meeting.AddOrganiserByEmail(max, "ingen@example.se"));
        await Refused(AccountErrorCodes.AccountNotFound, () => meeting.AddOrganiserByEmail(mona, "ingen@example.se"));
        await Refused(AccountErrorCodes.AccountNotFound, () => meeting.AddOrganiserByEmail(mona, null));
        await Refused(EventErrorCodes.NotAModerator, () => meeting.AddOrganiserByEmail(mona, $"{bo:N}@example.se"));

        Assert.Equal([mona, max], (await meeting.AddOrganiserByEmail(mona, $"{max:N}@example.se")).OrganiserIds);
    }

    [Fact]
    public async Task Only_organisers_read_the_check_in_code()
    {
        var mona = await AccountAsync(fixture.Grains, "Mona", HubRole.Moderator);
        var max = await AccountAsync(fixture.Grains, "Max", HubRole.Moderator);
        var meeting = fixture.Grains.GetGrain<IEventGrain>(Guid.NewGuid());
        Assert.Null(await meeting.GetFor(mona));
        var code = (await meeting.Create(mona, Draft(await PlaceAsync()))).CheckInCode;

        Assert.Equal(code, (await meeting.GetFor(mona))!.CheckInCode);
        Assert.Equal(code, (await meeting.GetFor(AdminId))!.CheckInCode);
        Assert.Equal("", (await meeting.GetFor(max))!.CheckInCode);
        Assert.Equal(("", "Idédag"), ((await meeting.GetFor(null))!.CheckInCode, (await meeting.GetFor(null))!.Draft.Title));
    }
}
