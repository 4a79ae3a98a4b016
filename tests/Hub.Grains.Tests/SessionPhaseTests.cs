using Hub.Grains.Accounts;
using Hub.Grains.Sessions;
using static Hub.Grains.Tests.Assertions;

namespace Hub.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class SessionPhaseTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_new_session_waits_in_the_lobby_where_nobody_can_post()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains);
        var alva = await scenario.JoinAsync();

        var snapshot = await scenario.Session.GetSnapshot(SessionActor.Participant(alva));

        Assert.Equal(SessionPhase.Lobby, snapshot.Phase);
        await Refused(SessionErrorCodes.WrongPhase, () => scenario.Session.PostIdea(alva, "Cykelbuss"));
    }

    [Fact]
    public async Task A_locked_session_keeps_newcomers_out_while_those_inside_go_on()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains);
        var alva = await scenario.JoinAsync("Alva");
        var locked = SessionSettings.Default with { Locked = true };

        await Refused(ErrorCodes.Forbidden, () => scenario.Session.UpdateSettings(SessionActor.Participant(alva), locked));
        await scenario.Session.UpdateSettings(scenario.Moderator, locked);

        await Refused(SessionErrorCodes.SessionLocked, () => scenario.Session.Join("Bo"));
        var idea = await scenario.PostAsync(alva, "Cykelbuss");
        Assert.Equal("Alva", idea.AuthorName);

        await scenario.Session.UpdateSettings(scenario.Moderator, locked with { Locked = false });
        await scenario.JoinAsync("Bo");
        var snapshot = await scenario.Session.GetSnapshot(scenario.Moderator);
        Assert.False(snapshot.Settings.Locked);
    }

    [Fact]
    public async Task Ideas_can_be_posted_only_while_ideating()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains);
        var alva = await scenario.JoinAsync();

        var idea = await scenario.PostAsync(alva, "  Cykelbuss till skolan  ");
        await scenario.PhaseAsync(SessionPhase.Group);

        Assert.Equal("Cykelbuss till skolan", idea.Text);
        Assert.Equal("Alva", idea.AuthorName);
        await Refused(SessionErrorCodes.WrongPhase, () => scenario.Session.PostIdea(alva, "För sent"));
        await Refused(SessionErrorCodes.WrongPhase, () => scenario.Session.EditIdea(alva, idea.Id, "Ändrad"));
    }

    [Fact]
    public async Task Only_a_moderator_steers_the_phase_and_timer()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains);
        var alva = await scenario.JoinAsync();
        var participant = SessionActor.Participant(alva);

        await Refused(ErrorCodes.Forbidden, () => scenario.Session.SetPhase(participant, SessionPhase.Vote, null));
        await Refused(ErrorCodes.Forbidden, () => scenario.Session.SetTimer(participant, 60));
        await Refused(ErrorCodes.Forbidden, () => scenario.Session.UpdateSettings(participant, SessionSettings.Default));

        var snapshot = await scenario.Session.GetSnapshot(participant);
        Assert.Equal(SessionPhase.Lobby, snapshot.Phase);
        Assert.Null(snapshot.TimerEndsAt);
    }

    [Fact]
    public async Task A_phase_timer_ends_at_a_time_every_screen_shares()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains);

        await scenario.Session.SetPhase(scenario.Moderator, SessionPhase.Ideate, 300);
        var snapshot = await scenario.Session.GetSnapshot(scenario.Moderator);

        Assert.NotNull(snapshot.TimerEndsAt);
        var left = snapshot.TimerEndsAt!.Value - snapshot.ServerTime;
        Assert.InRange(left.TotalSeconds, 290, 300);
        await Refused(ErrorCodes.InvalidArgument, () => scenario.Session.SetTimer(scenario.Moderator, 0));
        await Refused(ErrorCodes.InvalidArgument, () => scenario.Session.SetTimer(scenario.Moderator, SessionLimits.MaxPhaseSeconds + 1));
    }

    [Fact]
    public async Task A_closed_session_refuses_every_change()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains);
        var alva = await scenario.JoinAsync();
        var idea = await scenario.PostAsync(alva, "Skolgårdsodling");
        var group = await scenario.Session.CreateGroup(scenario.Moderator, "Gröna idéer");
        var other = await scenario.Session.CreateGroup(scenario.Moderator, "Övrigt");
        await scenario.PhaseAsync(SessionPhase.Closed);
        var moderator = scenario.Moderator;
        Func<Task>[] writes =
        [
            () => scenario.Session.Join("Sen gäst"),
            () => scenario.Session.PostIdea(alva, "Efteråt"),
            () => scenario.Session.EditIdea(alva, idea.Id, "Ändrad"),
            () => scenario.Session.DeleteIdea(alva, idea.Id),
            () => scenario.Session.CastVote(alva, idea.Id),
            () => scenario.Session.RetractVote(alva, idea.Id),
            () => scenario.Session.SetIdeaHidden(moderator, idea.Id, true),
            () => scenario.Session.CreateGroup(moderator, "Ny"),
            () => scenario.Session.RenameGroup(moderator, group.Id, "Nytt namn"),
            () => scenario.Session.GroupIdea(moderator, idea.Id, group.Id),
            () => scenario.Session.MergeGroups(moderator, other.Id, group.Id),
            () => scenario.Session.SetPhase(moderator, SessionPhase.Ideate, null),
            () => scenario.Session.SetTimer(moderator, 60),
            () => scenario.Session.UpdateSettings(moderator, SessionSettings.Default with { VoteBudget = 9 }),
        ];

        foreach (var write in writes)
        {
            await Refused(SessionErrorCodes.SessionClosed, write);
        }

        var snapshot = await scenario.Session.GetSnapshot(moderator);
        Assert.Equal(SessionPhase.Closed, snapshot.Phase);
        Assert.Equal("Skolgårdsodling", Assert.Single(snapshot.Ideas).Text);
        Assert.Equal(["Gröna idéer", "Övrigt"], snapshot.Groups.Select(g => g.Name));
        Assert.Equal(SessionSettings.Default, snapshot.Settings);
    }

    [Fact]
    public async Task An_unopened_session_is_not_found()
    {
        var session = fixture.Grains.GetGrain<ISessionGrain>(Guid.NewGuid());
        var moderator = SessionActor.Moderator((await AccountTests.AccountAsync(fixture.Grains, "Mona", HubRole.Moderator)).ToString());

        await Refused(SessionErrorCodes.SessionNotFound, () => session.Join("Alva"));
        await Refused(SessionErrorCodes.SessionNotFound, () => session.GetSnapshot(moderator));
        Assert.Null(await session.GetInfo());
    }
}
