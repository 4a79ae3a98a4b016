using Hub.Grains.Sessions;
using static Hub.Grains.Tests.Assertions;

namespace Hub.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class ParticipantDataTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_participant_downloads_what_the_session_holds_about_them()
    {
        var (scenario, alva, bo, kept, _, bosIdea) = await VotedSessionAsync();

        var export = await scenario.Session.ExportParticipant(alva);

        Assert.Equal(("Idéjam", "Alva"), (export.SessionTitle, export.DisplayName));
        Assert.Equal(["Lånecyklar vid skolan", "Kvällsöppet bibliotek"], export.Ideas.Select(i => i.Text));
        Assert.Equal([(bosIdea.Id, 2)], export.Votes.Select(v => (v.IdeaId, v.Votes)));
        await Refused(SessionErrorCodes.ParticipantNotFound, () => scenario.Session.ExportParticipant(Guid.NewGuid()));
        Assert.NotEqual(alva, bo);
        Assert.NotNull(kept);
    }

    [Fact]
    public async Task Erasing_keeps_the_ideas_others_built_on_without_the_author()
    {
        var (scenario, alva, bo, kept, dropped, bosIdea) = await VotedSessionAsync();

        await scenario.Session.EraseParticipant(alva);

        var ideas = (await scenario.Session.GetSnapshot(scenario.Moderator)).Ideas.ToDictionary(i => i.Id);
        Assert.False(ideas.ContainsKey(dropped.Id));
        Assert.Equal(("", 1), (ideas[kept.Id].AuthorName, ideas[kept.Id].Votes));
        Assert.Equal(("Bo", 0), (ideas[bosIdea.Id].AuthorName, ideas[bosIdea.Id].Votes));
        Assert.Equal(1, (await scenario.Session.GetSnapshot(SessionActor.Participant(bo))).You!.Votes[kept.Id]);
        await Refused(SessionErrorCodes.ParticipantNotFound, () => scenario.Session.CastVote(alva, bosIdea.Id));
        await Refused(SessionErrorCodes.ParticipantNotFound, () => scenario.Session.ExportParticipant(alva));
    }

    /// <summary>Alva posts two ideas, Bo votes for the first; Alva gives Bo's idea two votes.</summary>
    private async Task<(SessionScenario Scenario, Guid Alva, Guid Bo, IdeaView Kept, IdeaView Dropped, IdeaView BosIdea)> VotedSessionAsync()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains);
        var alva = await scenario.JoinAsync("Alva");
        var bo = await scenario.JoinAsync("Bo");
        var kept = await scenario.PostAsync(alva, "Lånecyklar vid skolan");
        var dropped = await scenario.Session.PostIdea(alva, "Kvällsöppet bibliotek");
        var bosIdea = await scenario.Session.PostIdea(bo, "Trygga övergångsställen");
        await scenario.PhaseAsync(SessionPhase.Vote);
        await scenario.Session.CastVote(bo, kept.Id);
        await scenario.Session.CastVote(alva, bosIdea.Id);
        await scenario.Session.CastVote(alva, bosIdea.Id);
        return (scenario, alva, bo, kept, dropped, bosIdea);
    }
}
