using Hub.Grains.Sessions;
using static Hub.Grains.Tests.Assertions;

namespace Hub.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class IdeaTests(ClusterFixture fixture)
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_idea_is_refused(string text)
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains);
        var alva = await scenario.JoinAsync();
        await scenario.PhaseAsync(SessionPhase.Ideate);

        await Refused(ErrorCodes.TextRequired, () => scenario.Session.PostIdea(alva, text));
        Assert.Empty((await scenario.Session.GetSnapshot(scenario.Moderator)).Ideas);
    }

    [Fact]
    public async Task An_oversized_idea_is_refused_and_nothing_changes()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains);
        var alva = await scenario.JoinAsync();
        await scenario.PhaseAsync(SessionPhase.Ideate);

        await Refused(ErrorCodes.TextTooLong, () => scenario.Session.PostIdea(alva, new string('x', SessionLimits.MaxIdeaLength + 1)));
        await scenario.Session.PostIdea(alva, new string('x', SessionLimits.MaxIdeaLength));
        Assert.Single((await scenario.Session.GetSnapshot(scenario.Moderator)).Ideas);
    }

    [Fact]
    public async Task Only_the_author_edits_or_deletes_an_idea()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains);
        var alva = await scenario.JoinAsync("Alva");
        var bo = await scenario.JoinAsync("Bo");
        var idea = await scenario.PostAsync(alva, "Lånecyklar vid skolan");

        await Refused(SessionErrorCodes.NotAuthor, () => scenario.Session.EditIdea(bo, idea.Id, "Kapat"));
        await Refused(SessionErrorCodes.NotAuthor, () => scenario.Session.DeleteIdea(bo, idea.Id));
        await scenario.Session.EditIdea(alva, idea.Id, "Lånecyklar vid varje skola");

        var snapshot = await scenario.Session.GetSnapshot(SessionActor.Participant(alva));
        Assert.Equal("Lånecyklar vid varje skola", Assert.Single(snapshot.Ideas).Text);
        Assert.Equal([idea.Id], snapshot.You!.IdeaIds);

        await scenario.Session.DeleteIdea(alva, idea.Id);
        Assert.Empty((await scenario.Session.GetSnapshot(scenario.Moderator)).Ideas);
    }

    [Fact]
    public async Task A_hidden_idea_is_withheld_from_participants_until_restored()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains);
        var alva = await scenario.JoinAsync();
        var idea = await scenario.PostAsync(alva, "Något olämpligt");

        await scenario.Session.SetIdeaHidden(scenario.Moderator, idea.Id, hidden: true);

        Assert.Empty((await scenario.Session.GetSnapshot(SessionActor.Participant(alva))).Ideas);
        Assert.True(Assert.Single((await scenario.Session.GetSnapshot(scenario.Moderator)).Ideas).Hidden);
        await Refused(ErrorCodes.Forbidden, () => scenario.Session.EditIdea(alva, idea.Id, "Ändrat i smyg"));
        await Refused(ErrorCodes.Forbidden, () => scenario.Session.SetIdeaHidden(SessionActor.Participant(alva), idea.Id, hidden: false));

        await scenario.Session.SetIdeaHidden(scenario.Moderator, idea.Id, hidden: false);
        Assert.Single((await scenario.Session.GetSnapshot(SessionActor.Participant(alva))).Ideas);
    }

    [Fact]
    public async Task Unknown_ideas_and_participants_are_refused()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains);
        var alva = await scenario.JoinAsync();
        await scenario.PhaseAsync(SessionPhase.Ideate);

        await Refused(SessionErrorCodes.ParticipantNotFound, () => scenario.Session.PostIdea(Guid.NewGuid(), "Vem är jag?"));
        await Refused(SessionErrorCodes.IdeaNotFound, () => scenario.Session.EditIdea(alva, Guid.NewGuid(), "Finns inte"));
        await Refused(SessionErrorCodes.IdeaNotFound, () => scenario.Session.SetIdeaHidden(scenario.Moderator, Guid.NewGuid(), true));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a\u0000b")]
    public async Task A_bad_display_name_is_refused(string name)
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains);

        await Assert.ThrowsAsync<RuleException>(() => scenario.Session.Join(name));
        await Refused(ErrorCodes.TextTooLong, () => scenario.Session.Join(new string('n', SessionLimits.MaxDisplayNameLength + 1)));
    }
}
