using Hub.Grains.Sessions;
using static Hub.Grains.Tests.Assertions;

namespace Hub.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class VotingTests(ClusterFixture fixture)
{
    private async Task<(SessionScenario Scenario, Guid Voter, IdeaView First, IdeaView Second)> VotingSessionAsync(SessionSettings settings)
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains, settings);
        var voter = await scenario.JoinAsync();
        var first = await scenario.PostAsync(voter, "Gårdsodling");
        var second = await scenario.Session.PostIdea(voter, "Läxhjälp på biblioteket");
        await scenario.PhaseAsync(SessionPhase.Vote);
        return (scenario, voter, first, second);
    }

    [Fact]
    public async Task Votes_are_counted_only_in_the_vote_phase()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains);
        var voter = await scenario.JoinAsync();
        var idea = await scenario.PostAsync(voter, "Gårdsodling");

        await Refused(SessionErrorCodes.WrongPhase, () => scenario.Session.CastVote(voter, idea.Id));
        await scenario.PhaseAsync(SessionPhase.Vote);
        var receipt = await scenario.Session.CastVote(voter, idea.Id);

        Assert.Equal(1, receipt.YourVotesOnIdea);
        Assert.Equal(SessionSettings.Default.VoteBudget - 1, receipt.VotesLeft);
        Assert.Equal(1, Assert.Single((await scenario.Session.GetSnapshot(scenario.Moderator)).Ideas).Votes);
    }

    [Fact]
    public async Task The_cap_per_idea_stops_piling_votes_on_one_idea()
    {
        var (scenario, voter, first, _) = await VotingSessionAsync(new SessionSettings(VoteBudget: 5, MaxVotesPerIdea: 2, ParticipantsCanGroup: false));

        await scenario.Session.CastVote(voter, first.Id);
        await scenario.Session.CastVote(voter, first.Id);

        await Refused(SessionErrorCodes.VoteCapReached, () => scenario.Session.CastVote(voter, first.Id));
        var snapshot = await scenario.Session.GetSnapshot(SessionActor.Participant(voter));
        Assert.Equal(2, snapshot.Ideas.Single(i => i.Id == first.Id).Votes);
        Assert.Equal(3, snapshot.You!.VotesLeft);
    }

    [Fact]
    public async Task The_budget_runs_out_and_comes_back_when_a_vote_is_taken_back()
    {
        var (scenario, voter, first, second) = await VotingSessionAsync(new SessionSettings(VoteBudget: 2, MaxVotesPerIdea: 2, ParticipantsCanGroup: false));

        await scenario.Session.CastVote(voter, first.Id);
        await scenario.Session.CastVote(voter, second.Id);
        await Refused(SessionErrorCodes.VoteBudgetExhausted, () => scenario.Session.CastVote(voter, first.Id));

        var receipt = await scenario.Session.RetractVote(voter, second.Id);
        Assert.Equal(0, receipt.YourVotesOnIdea);
        Assert.Equal(1, receipt.VotesLeft);
        await scenario.Session.CastVote(voter, first.Id);
        await Refused(SessionErrorCodes.NoVoteToRetract, () => scenario.Session.RetractVote(voter, second.Id));

        var snapshot = await scenario.Session.GetSnapshot(SessionActor.Participant(voter));
        Assert.Equal(2, snapshot.Ideas.Single(i => i.Id == first.Id).Votes);
        Assert.Equal(0, snapshot.Ideas.Single(i => i.Id == second.Id).Votes);
        Assert.Equal(new Dictionary<Guid, int> { [first.Id] = 2 }, snapshot.You!.Votes);
    }

    [Fact]
    public async Task Votes_from_many_participants_add_up_for_the_ranking()
    {
        var (scenario, voter, first, second) = await VotingSessionAsync(SessionSettings.Default);
        var others = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => scenario.JoinAsync($"Deltagare {i}")));

        await Task.WhenAll(others.Select(p => scenario.Session.CastVote(p, second.Id)));
        await scenario.Session.CastVote(voter, first.Id);

        var ideas = (await scenario.Session.GetSnapshot(scenario.Moderator)).Ideas;
        Assert.Equal(20, ideas.Single(i => i.Id == second.Id).Votes);
        Assert.Equal(1, ideas.Single(i => i.Id == first.Id).Votes);
    }

    [Fact]
    public async Task A_hidden_idea_takes_no_votes()
    {
        var (scenario, voter, first, _) = await VotingSessionAsync(SessionSettings.Default);
        await scenario.Session.SetIdeaHidden(scenario.Moderator, first.Id, hidden: true);

        await Refused(SessionErrorCodes.IdeaNotFound, () => scenario.Session.CastVote(voter, first.Id));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 4)]
    [InlineData(51, 1)]
    public async Task Settings_outside_their_range_are_refused(int budget, int cap)
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains);

        await Refused(ErrorCodes.InvalidArgument, () => scenario.Session.UpdateSettings(scenario.Moderator, new SessionSettings(budget, cap, false)));
        Assert.Equal(SessionSettings.Default, (await scenario.Session.GetSnapshot(scenario.Moderator)).Settings);
    }
}
