using Hub.Grains.Sessions;
using Orleans.Core.Internal;
using static Hub.Grains.Tests.Assertions;

namespace Hub.Grains.Tests;

/// <summary>A participant's writes under the operation id the client chose: a repeat gets the first answer and changes nothing.</summary>
[Collection(ClusterCollection.Name)]
public sealed class RepeatTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_repeated_post_answers_with_the_first_idea_even_after_the_phase_moved_on_and_the_session_reloaded()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains);
        var alva = await scenario.JoinAsync();
        await scenario.PhaseAsync(SessionPhase.Ideate);
        var operation = Guid.NewGuid();

        var first = await scenario.Session.PostIdea(alva, "Cykelbuss", operation);
        var doubleTap = await scenario.Session.PostIdea(alva, "Cykelbuss", operation);
        await scenario.PhaseAsync(SessionPhase.Vote);
        await scenario.Session.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var retry = await scenario.Session.PostIdea(alva, "Cykelbuss", operation);

        Assert.Equal(first, doubleTap);
        Assert.Equal(first.Id, retry.Id);
        var snapshot = await scenario.Session.GetSnapshot(scenario.Moderator);
        Assert.Equal(["Cykelbuss"], snapshot.Ideas.Select(i => i.Text));
    }

    [Fact]
    public async Task Concurrent_repeats_of_a_vote_spend_one_vote_and_all_get_the_first_receipt()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains);
        var alva = await scenario.JoinAsync();
        var idea = await scenario.PostAsync(alva, "Gårdsodling");
        await scenario.PhaseAsync(SessionPhase.Vote);
        var operation = Guid.NewGuid();

        var receipts = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => scenario.Session.CastVote(alva, idea.Id, operation)));

        Assert.All(receipts, receipt => Assert.Equal(new VoteReceipt(idea.Id, 1, SessionSettings.Default.VoteBudget - 1), receipt));
        var snapshot = await scenario.Session.GetSnapshot(scenario.Moderator);
        Assert.Equal(1, snapshot.Ideas.Single().Votes);
        var retracted = await scenario.Session.RetractVote(alva, idea.Id, Guid.NewGuid());
        Assert.Equal(0, retracted.YourVotesOnIdea);
    }

    [Fact]
    public async Task A_repeated_comment_or_report_adds_nothing()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains, SessionSettings.Default with { ReportThreshold = 2 });
        var alva = await scenario.JoinAsync("Alva");
        var bo = await scenario.JoinAsync("Bo");
        var idea = await scenario.PostAsync(alva, "Läxhjälp");
        var commenting = Guid.NewGuid();
        var reporting = Guid.NewGuid();

        var comment = await scenario.Session.PostComment(bo, idea.Id, "Bra!", commenting);
        Assert.Equal(comment, await scenario.Session.PostComment(bo, idea.Id, "Bra!", commenting));
        await scenario.Session.ReportIdea(bo, idea.Id, reporting);
        await scenario.Session.ReportIdea(bo, idea.Id, reporting);

        var snapshot = await scenario.Session.GetSnapshot(scenario.Moderator);
        Assert.Equal([comment.Id], snapshot.Comments.Select(c => c.Id));
        Assert.Equal(1, snapshot.Ideas.Single().Reports);
        Assert.False(snapshot.Ideas.Single().Hidden);
    }

    [Fact]
    public async Task An_operation_id_used_again_for_another_action_is_refused_and_changes_nothing()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains);
        var alva = await scenario.JoinAsync();
        var first = await scenario.PostAsync(alva, "Gårdsodling");
        var second = await scenario.Session.PostIdea(alva, "Fler bänkar");
        await scenario.PhaseAsync(SessionPhase.Vote);
        var operation = Guid.NewGuid();
        await scenario.Session.CastVote(alva, first.Id, operation);

        await Refused(ErrorCodes.InvalidArgument, () => scenario.Session.CastVote(alva, second.Id, operation));
        await Refused(ErrorCodes.InvalidArgument, () => scenario.Session.RetractVote(alva, first.Id, operation));

        var you = (await scenario.Session.GetSnapshot(SessionActor.Participant(alva))).You!;
        Assert.Equal(1, Assert.Single(you.Votes, vote => vote.Key == first.Id).Value);
        Assert.Single(you.Votes);
    }
}
