using Hub.Grains.Sessions;
using Orleans.Core.Internal;
using static Hub.Grains.Tests.Assertions;

namespace Hub.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class CommentTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Participants_talk_an_idea_over_and_the_comments_outlive_a_reload()
    {
        var (scenario, alva, bo, idea) = await IdeaToTalkOverAsync();

        var question = await scenario.Session.PostComment(bo, idea.Id, "  Vem lagar cyklarna?  ");
        await scenario.PhaseAsync(SessionPhase.Vote);
        var answer = await scenario.Session.PostComment(alva, idea.Id, "Elevrådet, med en verkstad i källaren.");
        await scenario.Session.Cast<IGrainManagementExtension>().DeactivateOnIdle();

        var seenByBo = await scenario.Session.GetSnapshot(SessionActor.Participant(bo));
        Assert.Equal(
            [(idea.Id, "Vem lagar cyklarna?", "Bo"), (idea.Id, "Elevrådet, med en verkstad i källaren.", "Alva")],
            seenByBo.Comments.Select(c => (c.IdeaId, c.Text, c.AuthorName)));
        Assert.Equal([question.Id], seenByBo.You!.CommentIds);
        Assert.Equal([answer.Id], (await scenario.Session.GetSnapshot(SessionActor.Participant(alva))).You!.CommentIds);
    }

    [Fact]
    public async Task A_comment_is_refused_outside_the_talking_phases_on_ideas_not_shown_and_when_it_is_empty_or_long()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains, SessionSettings.Default with { HoldIdeasForApproval = true });
        var alva = await scenario.JoinAsync("Alva");
        var bo = await scenario.JoinAsync("Bo");
        var held = await scenario.PostAsync(alva, "Väntar på granskning");
        var hidden = await scenario.Session.PostIdea(alva, "Dold idé");
        await scenario.Session.ApproveIdea(scenario.Moderator, hidden.Id);
        await scenario.Session.SetIdeaHidden(scenario.Moderator, hidden.Id, hidden: true);
        var shown = await scenario.Session.PostIdea(alva, "Synlig idé");
        await scenario.Session.ApproveIdea(scenario.Moderator, shown.Id);

        await Refused(SessionErrorCodes.IdeaNotFound, () => scenario.Session.PostComment(bo, held.Id, "Bra!"));
        await Refused(SessionErrorCodes.IdeaNotFound, () => scenario.Session.PostComment(bo, hidden.Id, "Bra!"));
        await Refused(SessionErrorCodes.IdeaNotFound, () => scenario.Session.PostComment(bo, Guid.NewGuid(), "Bra!"));
        await Refused(ErrorCodes.TextRequired, () => scenario.Session.PostComment(bo, shown.Id, "   "));
        await Refused(ErrorCodes.TextTooLong, () => scenario.Session.PostComment(bo, shown.Id, new string('a', SessionLimits.MaxCommentLength + 1)));
        await Refused(SessionErrorCodes.ParticipantNotFound, () => scenario.Session.PostComment(Guid.NewGuid(), shown.Id, "Bra!"));
        await scenario.PhaseAsync(SessionPhase.Results);
        await Refused(SessionErrorCodes.WrongPhase, () => scenario.Session.PostComment(bo, shown.Id, "Bra!"));

        Assert.Empty((await scenario.Session.GetSnapshot(scenario.Moderator)).Comments);
    }

    [Fact]
    public async Task A_moderator_hides_a_comment_from_everyone_else_and_the_log_quotes_it()
    {
        var (scenario, alva, bo, idea) = await IdeaToTalkOverAsync();
        var before = await scenario.Session.GetSnapshot(SessionActor.Participant(alva));
        var rude = await scenario.Session.PostComment(bo, idea.Id, "Något elakt");

        await Refused(ErrorCodes.Forbidden, () => scenario.Session.SetCommentHidden(SessionActor.Participant(alva), rude.Id, hidden: true));
        await scenario.Session.SetCommentHidden(scenario.Moderator, rude.Id, hidden: true);

        Assert.Empty((await scenario.Session.GetSnapshot(SessionActor.Participant(alva))).Comments);
        var moderator = await scenario.Session.GetSnapshot(scenario.Moderator);
        Assert.True(Assert.Single(moderator.Comments).Hidden);
        var logged = Assert.Single(moderator.ModerationLog!);
        Assert.Equal((ModerationAction.CommentHidden, "Mona", idea.Id, rude.Id, "Något elakt"), (logged.Action, logged.Moderator, logged.IdeaId, logged.CommentId, logged.Excerpt));
        await Refused(ErrorCodes.Forbidden, () => scenario.Session.DeleteComment(bo, rude.Id));

        // Catching up from before it was posted does not bring the hidden text back.
        var missed = (await scenario.Session.CatchUp(SessionActor.Participant(alva), before.Epoch, before.Seq)).Events!.Events;
        Assert.DoesNotContain(missed, e => e is CommentPosted);

        await scenario.Session.SetCommentHidden(scenario.Moderator, rude.Id, hidden: false);
        Assert.Equal("Något elakt", Assert.Single((await scenario.Session.GetSnapshot(SessionActor.Participant(alva))).Comments).Text);
    }

    [Fact]
    public async Task Comments_leave_with_a_hidden_idea_and_come_back_with_it()
    {
        var (scenario, alva, bo, idea) = await IdeaToTalkOverAsync();
        await scenario.Session.PostComment(bo, idea.Id, "Vem lagar cyklarna?");
        await scenario.Session.SetIdeaHidden(scenario.Moderator, idea.Id, hidden: true);
        var whileHidden = await scenario.Session.GetSnapshot(SessionActor.Participant(bo));
        Assert.Empty(whileHidden.Comments);

        await scenario.Session.SetIdeaHidden(scenario.Moderator, idea.Id, hidden: false);

        var restored = (await scenario.Session.CatchUp(SessionActor.Participant(bo), whileHidden.Epoch, whileHidden.Seq)).Events!.Events.OfType<IdeaRestored>().Single();
        Assert.Equal(["Vem lagar cyklarna?"], restored.Comments.Select(c => c.Text));
        Assert.Single((await scenario.Session.GetSnapshot(SessionActor.Participant(bo))).Comments);
    }

    [Fact]
    public async Task Only_its_author_deletes_a_comment()
    {
        var (scenario, alva, bo, idea) = await IdeaToTalkOverAsync();
        var comment = await scenario.Session.PostComment(bo, idea.Id, "Vem lagar cyklarna?");

        await Refused(SessionErrorCodes.NotAuthor, () => scenario.Session.DeleteComment(alva, comment.Id));
        Assert.Single((await scenario.Session.GetSnapshot(scenario.Moderator)).Comments);
        await scenario.Session.DeleteComment(bo, comment.Id);

        Assert.Empty((await scenario.Session.GetSnapshot(scenario.Moderator)).Comments);
        await Refused(SessionErrorCodes.CommentNotFound, () => scenario.Session.DeleteComment(bo, comment.Id));
    }

    [Fact]
    public async Task An_anonymous_session_names_no_one_who_comments()
    {
        var (scenario, _, bo, idea) = await IdeaToTalkOverAsync(anonymous: true);

        var comment = await scenario.Session.PostComment(bo, idea.Id, "Vem lagar cyklarna?");

        Assert.Equal("", comment.AuthorName);
        Assert.Equal("", Assert.Single((await scenario.Session.GetSnapshot(scenario.Moderator)).Comments).AuthorName);
    }

    [Fact]
    public async Task A_participant_downloads_their_comments_and_erasing_takes_them_back()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains);
        var alva = await scenario.JoinAsync("Alva");
        var bo = await scenario.JoinAsync("Bo");
        var idea = await scenario.PostAsync(bo, "Lånecyklar vid skolan");
        var own = await scenario.PostAsync(alva, "Kvällsöppet bibliotek");
        await scenario.Session.PostComment(alva, idea.Id, "Och en pump vid entrén");
        await scenario.Session.PostComment(bo, own.Id, "Hur sent?");
        await scenario.Session.PostComment(bo, idea.Id, "Bra tanke!");

        Assert.Equal(["Och en pump vid entrén"], (await scenario.Session.ExportParticipant(alva)).Comments.Select(c => c.Text));
        await scenario.Session.EraseParticipant(alva);

        // Alva's own idea went, and the comment on it with it; Bo's comment on Bo's idea stays.
        Assert.Equal(["Bra tanke!"], (await scenario.Session.GetSnapshot(scenario.Moderator)).Comments.Select(c => c.Text));
    }

    [Fact]
    public async Task Removing_an_author_hides_their_comments_too()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains);
        var alva = await scenario.JoinAsync("Alva");
        var spammer = await scenario.JoinAsync("Spam");
        var idea = await scenario.PostAsync(alva, "Lånecyklar vid skolan");
        var spam = await scenario.Session.PostIdea(spammer, "Köp billiga klockor");
        await scenario.Session.PostComment(spammer, idea.Id, "Köp klockor här");

        await scenario.Session.RemoveAuthor(scenario.Moderator, spam.Id, hideIdeas: true);

        Assert.Empty((await scenario.Session.GetSnapshot(SessionActor.Participant(alva))).Comments);
        Assert.True(Assert.Single((await scenario.Session.GetSnapshot(scenario.Moderator)).Comments).Hidden);
    }

    /// <summary>Alva has posted an idea in the Ideate phase; Bo is in the session too.</summary>
    private async Task<(SessionScenario Scenario, Guid Alva, Guid Bo, IdeaView Idea)> IdeaToTalkOverAsync(bool anonymous = false)
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains, anonymous: anonymous);
        var alva = await scenario.JoinAsync("Alva");
        var bo = await scenario.JoinAsync("Bo");
        return (scenario, alva, bo, await scenario.PostAsync(alva, "Lånecyklar vid skolan"));
    }
}
