using Hub.Grains.Sessions;
using Orleans.Core.Internal;
using static Hub.Grains.Tests.Assertions;

namespace Hub.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class ModerationTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_held_idea_reaches_only_moderators_and_its_author_until_approved()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains, SessionSettings.Default with { HoldIdeasForApproval = true });
        var alva = await scenario.JoinAsync("Alva");
        var bo = await scenario.JoinAsync("Bo");
        var before = await scenario.Session.GetSnapshot(SessionActor.Participant(bo));
        var idea = await scenario.PostAsync(alva, "Lånecyklar vid skolan");

        Assert.True(idea.Pending);
        Assert.Empty((await scenario.Session.GetSnapshot(SessionActor.Participant(bo))).Ideas);
        Assert.True(Assert.Single((await scenario.Session.GetSnapshot(SessionActor.Participant(alva))).Ideas).Pending);
        Assert.True(Assert.Single((await scenario.Session.GetSnapshot(scenario.Moderator)).Ideas).Pending);

        // What Bo catches up on says an event happened, never what it was.
        var missedByBo = (await scenario.Session.CatchUp(SessionActor.Participant(bo), before.Epoch, before.Seq)).Events!.Events;
        Assert.DoesNotContain(missedByBo, e => e is IdeaPosted);
        Assert.Contains(missedByBo, e => e is Withheld);
        var missedByModerator = (await scenario.Session.CatchUp(scenario.Moderator, before.Epoch, before.Seq)).Events!.Events;
        Assert.Equal("Lånecyklar vid skolan", missedByModerator.OfType<IdeaPosted>().Single().Idea.Text);
        Assert.Equal(missedByModerator.Select(e => e.Seq), missedByBo.Select(e => e.Seq));

        await Refused(SessionErrorCodes.IdeaPending, () => scenario.Session.EditIdea(alva, idea.Id, "Ändrad"));
        await scenario.Session.ApproveIdea(scenario.Moderator, idea.Id);

        var shown = Assert.Single((await scenario.Session.GetSnapshot(SessionActor.Participant(bo))).Ideas);
        Assert.False(shown.Pending);
        var logged = Assert.Single((await scenario.Session.GetSnapshot(scenario.Moderator)).ModerationLog!);
        Assert.Equal((ModerationAction.IdeaApproved, "Mona", idea.Id), (logged.Action, logged.Moderator, logged.IdeaId));
    }

    [Fact]
    public async Task Only_a_moderator_approves_removes_or_reads_the_log()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains, SessionSettings.Default with { HoldIdeasForApproval = true });
        var alva = await scenario.JoinAsync("Alva");
        var idea = await scenario.PostAsync(alva, "Lånecyklar vid skolan");
        var participant = SessionActor.Participant(alva);

        await Refused(ErrorCodes.Forbidden, () => scenario.Session.ApproveIdea(participant, idea.Id));
        await Refused(ErrorCodes.Forbidden, () => scenario.Session.RemoveAuthor(participant, idea.Id, hideIdeas: true));
        Assert.Null((await scenario.Session.GetSnapshot(participant)).ModerationLog);
        Assert.True(Assert.Single((await scenario.Session.GetSnapshot(scenario.Moderator)).Ideas).Pending);
    }

    [Fact]
    public async Task Enough_reports_hide_an_idea_until_a_moderator_restores_it()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains, SessionSettings.Default with { ReportThreshold = 2 });
        var alva = await scenario.JoinAsync("Alva");
        var bo = await scenario.JoinAsync("Bo");
        var cy = await scenario.JoinAsync("Cy");
        var dan = await scenario.JoinAsync("Dan");
        var idea = await scenario.PostAsync(alva, "Något elakt");

        await Refused(ErrorCodes.Forbidden, () => scenario.Session.ReportIdea(alva, idea.Id));
        await scenario.Session.ReportIdea(bo, idea.Id);
        await scenario.Session.ReportIdea(bo, idea.Id);
        Assert.Single((await scenario.Session.GetSnapshot(SessionActor.Participant(dan))).Ideas);
        Assert.Equal(1, Assert.Single((await scenario.Session.GetSnapshot(scenario.Moderator)).Ideas).Reports);
        Assert.Equal(0, Assert.Single((await scenario.Session.GetSnapshot(SessionActor.Participant(dan))).Ideas).Reports);

        await scenario.Session.ReportIdea(cy, idea.Id);
        Assert.Empty((await scenario.Session.GetSnapshot(SessionActor.Participant(dan))).Ideas);
        var moderator = await scenario.Session.GetSnapshot(scenario.Moderator);
        Assert.True(Assert.Single(moderator.Ideas).Hidden);
        var logged = Assert.Single(moderator.ModerationLog!);
        Assert.Equal((ModerationAction.IdeaHiddenAfterReports, "", 2), (logged.Action, logged.Moderator, logged.Count));

        // Reviewed and restored: further reports no longer hide it by themselves.
        await scenario.Session.SetIdeaHidden(scenario.Moderator, idea.Id, hidden: false);
        await scenario.Session.ReportIdea(dan, idea.Id);
        Assert.Single((await scenario.Session.GetSnapshot(SessionActor.Participant(dan))).Ideas);
    }

    [Fact]
    public async Task A_removed_participant_is_kept_out_and_their_ideas_are_hidden()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains);
        var alva = await scenario.JoinAsync("Alva");
        var bo = await scenario.JoinAsync("Bo");
        var first = await scenario.PostAsync(alva, "Spam");
        await scenario.Session.PostIdea(alva, "Mer spam");
        await scenario.Session.PostIdea(bo, "Trygga övergångsställen");
        var before = await scenario.Session.GetSnapshot(SessionActor.Participant(bo));

        await scenario.Session.RemoveAuthor(scenario.Moderator, first.Id, hideIdeas: true);

        await Refused(SessionErrorCodes.ParticipantRemoved, () => scenario.Session.PostIdea(alva, "Ännu mer"));
        await Refused(SessionErrorCodes.ParticipantRemoved, () => scenario.Session.CatchUp(SessionActor.Participant(alva), Guid.Empty, 0));
        Assert.Equal(["Trygga övergångsställen"], (await scenario.Session.GetSnapshot(SessionActor.Participant(bo))).Ideas.Select(i => i.Text));
        var missedByBo = (await scenario.Session.CatchUp(SessionActor.Participant(bo), before.Epoch, before.Seq)).Events!.Events;
        Assert.DoesNotContain(missedByBo, e => e is ParticipantRemoved);
        var logged = Assert.Single((await scenario.Session.GetSnapshot(scenario.Moderator)).ModerationLog!);
        Assert.Equal((ModerationAction.ParticipantRemoved, 2), (logged.Action, logged.Count));
    }

    [Fact]
    public async Task An_anonymous_session_names_no_author_to_anyone()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains, anonymous: true);
        var alva = await scenario.JoinAsync("Alva");
        var nameless = (await scenario.Session.Join("")).ParticipantId;
        var posted = await scenario.PostAsync(alva, "Fler bänkar i parken");
        await scenario.Session.PostIdea(nameless, "Belysning på gångvägen");

        Assert.Equal("", posted.AuthorName);
        Assert.All((await scenario.Session.GetSnapshot(scenario.Moderator)).Ideas, idea => Assert.Equal("", idea.AuthorName));
        Assert.All((await scenario.Session.GetSnapshot(SessionActor.Participant(alva))).Ideas, idea => Assert.Equal("", idea.AuthorName));
        Assert.True((await scenario.Session.GetInfo())!.Anonymous);
    }

    [Fact]
    public async Task The_moderation_log_survives_a_reload()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains);
        var alva = await scenario.JoinAsync("Alva");
        var idea = await scenario.PostAsync(alva, "Spam");
        await scenario.Session.SetIdeaHidden(scenario.Moderator, idea.Id, hidden: true);
        await scenario.Session.UpdateSettings(scenario.Moderator, SessionSettings.Default with { Locked = true });

        await scenario.Session.Cast<IGrainManagementExtension>().DeactivateOnIdle();

        var log = (await scenario.Session.GetSnapshot(scenario.Moderator)).ModerationLog!;
        Assert.Equal([ModerationAction.IdeaHidden, ModerationAction.SessionLocked], log.Select(e => e.Action));
    }

    [Fact]
    public async Task Catching_up_from_the_start_shows_no_text_hidden_deleted_or_edited_away_since()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains);
        var alva = await scenario.JoinAsync("Alva");
        var hidden = await scenario.PostAsync(alva, "Något elakt");
        var deleted = await scenario.Session.PostIdea(alva, "Ångrad idé");
        var edited = await scenario.Session.PostIdea(alva, "Första versionen");
        await scenario.Session.SetIdeaHidden(scenario.Moderator, hidden.Id, hidden: true);
        await scenario.Session.DeleteIdea(alva, deleted.Id);
        await scenario.Session.EditIdea(alva, edited.Id, "Andra versionen");
        var latecomer = SessionActor.Participant(await scenario.JoinAsync("Cy"));
        var epoch = (await scenario.Session.GetSnapshot(latecomer)).Epoch;

        var replayed = (await scenario.Session.CatchUp(latecomer, epoch, 0)).Events!.Events;

        var texts = replayed.OfType<IdeaPosted>().Select(e => e.Idea.Text).Concat(replayed.OfType<IdeaEdited>().Select(e => e.Text)).ToArray();
        Assert.DoesNotContain("Något elakt", texts);
        Assert.DoesNotContain("Ångrad idé", texts);
        Assert.DoesNotContain("Första versionen", texts);
        Assert.Contains("Andra versionen", texts);
        Assert.Equal(Enumerable.Range(1, replayed.Count).Select(i => (long)i), replayed.Select(e => e.Seq));
    }

    [Fact]
    public async Task A_removed_participant_still_downloads_and_erases_their_part()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains);
        var alva = await scenario.JoinAsync("Alva");
        var idea = await scenario.PostAsync(alva, "Köp klockor");
        await scenario.Session.RemoveAuthor(scenario.Moderator, idea.Id, hideIdeas: true);

        Assert.Equal(["Köp klockor"], (await scenario.Session.ExportParticipant(alva)).Ideas.Select(i => i.Text));
        await scenario.Session.EraseParticipant(alva);

        Assert.Empty((await scenario.Session.GetSnapshot(scenario.Moderator)).Ideas);
    }
}
