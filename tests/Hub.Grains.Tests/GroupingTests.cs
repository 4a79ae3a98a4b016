using Hub.Grains.Sessions;
using static Hub.Grains.Tests.Assertions;

namespace Hub.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class GroupingTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_moderator_groups_names_and_merges_groups()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains);
        var alva = await scenario.JoinAsync();
        var bike = await scenario.PostAsync(alva, "Cykelbuss");
        var walk = await scenario.Session.PostIdea(alva, "Gående skolbuss");
        var garden = await scenario.Session.PostIdea(alva, "Skolgårdsodling");
        await scenario.PhaseAsync(SessionPhase.Group);

        var moving = await scenario.Session.CreateGroup(scenario.Moderator, "Rörelse");
        var active = await scenario.Session.CreateGroup(scenario.Moderator, "Aktiv väg");
        await scenario.Session.GroupIdea(scenario.Moderator, bike.Id, moving.Id);
        await scenario.Session.GroupIdea(scenario.Moderator, walk.Id, active.Id);
        await scenario.Session.RenameGroup(scenario.Moderator, moving.Id, "Aktiva skolvägar");
        await scenario.Session.MergeGroups(scenario.Moderator, active.Id, moving.Id);

        var snapshot = await scenario.Session.GetSnapshot(scenario.Moderator);
        var group = Assert.Single(snapshot.Groups);
        Assert.Equal("Aktiva skolvägar", group.Name);
        Assert.All(snapshot.Ideas.Where(i => i.Id != garden.Id), idea => Assert.Equal(moving.Id, idea.GroupId));
        Assert.Null(snapshot.Ideas.Single(i => i.Id == garden.Id).GroupId);
    }

    [Fact]
    public async Task Participants_group_only_when_the_session_allows_it_and_only_in_the_group_phase()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains);
        var alva = await scenario.JoinAsync();
        var participant = SessionActor.Participant(alva);
        await scenario.PostAsync(alva, "Cykelbuss");

        await scenario.PhaseAsync(SessionPhase.Group);
        await Refused(ErrorCodes.Forbidden, () => scenario.Session.CreateGroup(participant, "Min grupp"));

        await scenario.Session.UpdateSettings(scenario.Moderator, SessionSettings.Default with { ParticipantsCanGroup = true });
        var group = await scenario.Session.CreateGroup(participant, "Min grupp");
        Assert.Equal("Min grupp", group.Name);

        await scenario.PhaseAsync(SessionPhase.Vote);
        await Refused(SessionErrorCodes.WrongPhase, () => scenario.Session.CreateGroup(participant, "För sent"));
    }

    [Fact]
    public async Task Grouping_into_unknown_groups_or_merging_a_group_into_itself_is_refused()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains);
        var alva = await scenario.JoinAsync();
        var idea = await scenario.PostAsync(alva, "Cykelbuss");
        var group = await scenario.Session.CreateGroup(scenario.Moderator, "Rörelse");

        await Refused(SessionErrorCodes.GroupNotFound, () => scenario.Session.GroupIdea(scenario.Moderator, idea.Id, Guid.NewGuid()));
        await Refused(ErrorCodes.InvalidArgument, () => scenario.Session.MergeGroups(scenario.Moderator, group.Id, group.Id));
        await Refused(ErrorCodes.TextRequired, () => scenario.Session.CreateGroup(scenario.Moderator, " "));
        await Refused(ErrorCodes.TextTooLong, () => scenario.Session.RenameGroup(scenario.Moderator, group.Id, new string('g', SessionLimits.MaxGroupNameLength + 1)));
        Assert.Null(Assert.Single((await scenario.Session.GetSnapshot(scenario.Moderator)).Ideas).GroupId);
    }
}
