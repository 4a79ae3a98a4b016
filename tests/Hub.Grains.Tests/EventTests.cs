using Hub.Grains.Accounts;
using Hub.Grains.Events;
using Hub.Grains.Places;
using static Hub.Grains.Tests.AccountTests;
using static Hub.Grains.Tests.Assertions;

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

    [Fact]
    public async Task Only_a_moderator_creates_an_event_and_only_its_organisers_change_it()
    {
        var place = await PlaceAsync();
        var mona = await AccountAsync(fixture.Grains, "Mona", HubRole.Moderator);
        var max = await AccountAsync(fixture.Grains, "Max", HubRole.Moderator);
        var bo = await AccountAsync(fixture.Grains, "Bo");
        var meeting = fixture.Grains.GetGrain<IEventGrain>(Guid.NewGuid());

        await Refused(EventErrorCodes.NotAnOrganiser, () => meeting.Create(bo, Draft(place)));
        await meeting.Create(mona, Draft(place));
        await Refused(EventErrorCodes.NotAnOrganiser, () => meeting.Update(max, Draft(place) with { Title = "Kapad" }));
        await Refused(EventErrorCodes.NotAnOrganiser, () => meeting.AddSession(max, new EventSession(Guid.NewGuid(), "Spår", "ABC234", "Rum 2", Guid.NewGuid())));
        await meeting.AddSession(mona, new EventSession(Guid.NewGuid(), "Spår A", "ABC234", "Rum 1", Guid.NewGuid()));
        await meeting.AddSession(mona, new EventSession(Guid.NewGuid(), "Spår B", "DEF567", "Rum 2", Guid.NewGuid()));

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
}
