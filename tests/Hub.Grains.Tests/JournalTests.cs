using Hub.Grains.Sessions;
using Hub.Silo.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Core.Internal;
using Orleans.TestingHost;

namespace Hub.Grains.Tests;

/// <summary>A session comes back from its snapshot and journal exactly as it was left.</summary>
[Collection(ClusterCollection.Name)]
public sealed class JournalTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_reloaded_session_holds_every_change_made_before()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains, new SessionSettings(VoteBudget: 6, MaxVotesPerIdea: 3, ParticipantsCanGroup: true));
        var moderator = scenario.Moderator;
        var alva = await scenario.JoinAsync("Alva");
        var bo = await scenario.JoinAsync("Bo");
        var bike = await scenario.PostAsync(alva, "Cykelbuss");
        var walk = await scenario.Session.PostIdea(bo, "Gående skolbuss");
        var garden = await scenario.Session.PostIdea(alva, "Skolgårdsodling");
        var doomed = await scenario.Session.PostIdea(bo, "Tas bort");
        await scenario.Session.EditIdea(alva, garden.Id, "Odling på skolgården");
        await scenario.Session.DeleteIdea(bo, doomed.Id);
        await scenario.Session.SetIdeaHidden(moderator, walk.Id, hidden: true);
        await scenario.PhaseAsync(SessionPhase.Group);
        var moving = await scenario.Session.CreateGroup(moderator, "Rörelse");
        var green = await scenario.Session.CreateGroup(moderator, "Grönt");
        await scenario.Session.GroupIdea(moderator, bike.Id, moving.Id);
        await scenario.Session.GroupIdea(moderator, garden.Id, green.Id);
        await scenario.Session.MergeGroups(moderator, green.Id, moving.Id);
        await scenario.Session.RenameGroup(moderator, moving.Id, "Aktiva skolvägar");
        await scenario.Session.SetIdeaHidden(moderator, walk.Id, hidden: false);
        await scenario.Session.SetPhase(moderator, SessionPhase.Vote, 600);
        await scenario.Session.CastVote(alva, bike.Id);
        await scenario.Session.CastVote(alva, bike.Id);
        await scenario.Session.CastVote(bo, garden.Id);
        await scenario.Session.RetractVote(alva, bike.Id);
        await scenario.Session.UpdateSettings(moderator, new SessionSettings(VoteBudget: 8, MaxVotesPerIdea: 2, ParticipantsCanGroup: false));
        var before = await ViewsOf(scenario, alva);

        await ReloadAsync(scenario);

        var after = await ViewsOf(scenario, alva);
        Assert.Equal(before, after);
        Assert.Equal(["Cykelbuss", "Gående skolbuss", "Odling på skolgården"], after.Ideas.Select(i => i.Text));
        Assert.Equal([1, 0, 1], after.Ideas.Select(i => i.Votes));
        Assert.Equal(8 - 1, after.VotesLeft);
    }

    [Fact]
    public async Task A_large_session_reloads_from_its_last_snapshot_and_the_changes_after_it()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains);
        var alva = await scenario.JoinAsync("Alva");
        await scenario.PhaseAsync(SessionPhase.Ideate);
        for (var batch = 0; batch < 12; batch++)
        {
            await Task.WhenAll(Enumerable.Range(batch * 100, 100).Select(i => scenario.Session.PostIdea(alva, $"Idé {i}")));
        }

        await ReloadAsync(scenario);

        var snapshot = await scenario.Session.GetSnapshot(scenario.Moderator);
        Assert.Equal(Enumerable.Range(0, 1_200).Select(i => $"Idé {i}").Order(), snapshot.Ideas.Select(i => i.Text).Order());
        Assert.Equal(snapshot.Ideas.Select(i => i.Text), snapshot.Ideas.OrderBy(i => i.PostedAt).Select(i => i.Text));

        // A snapshot was written, and the journal entries it covers are gone.
        Assert.True(await FirstJournalVersionAsync(scenario.SessionId) > 1);
    }

    private static async Task ReloadAsync(SessionScenario scenario)
    {
        await scenario.Session.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        // The next call lands on a new activation, which must rebuild everything from storage.
        await scenario.Session.GetInfo();
    }

    private async Task<long> FirstJournalVersionAsync(Guid sessionId)
    {
        var database = fixture.Cluster.Primary is InProcessSiloHandle silo
            ? silo.SiloHost.Services.GetRequiredService<HubDatabase>()
            : throw new InvalidOperationException("The test cluster runs in process.");
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT min(version) FROM hub_journal WHERE grain_id LIKE $grain";
        command.Parameters.AddWithValue("$grain", $"%{sessionId:N}%");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<Views> ViewsOf(SessionScenario scenario, Guid participant)
    {
        var moderator = await scenario.Session.GetSnapshot(scenario.Moderator);
        var you = (await scenario.Session.GetSnapshot(SessionActor.Participant(participant))).You!;
        return new Views(
            moderator.Phase, moderator.TimerEndsAt, moderator.Settings,
            [.. moderator.Ideas], [.. moderator.Groups], [.. you.IdeaIds], you.Votes.OrderBy(v => v.Key).ToArray(), you.VotesLeft);
    }

    /// <summary>Everything a moderator and a participant see that storage must bring back.</summary>
    private sealed record Views(
        SessionPhase Phase, DateTimeOffset? TimerEndsAt, SessionSettings Settings,
        IdeaView[] Ideas, GroupView[] Groups, Guid[] OwnIdeas, KeyValuePair<Guid, int>[] Votes, int VotesLeft)
    {
        public bool Equals(Views? other) =>
            other is not null && (Phase, TimerEndsAt, Settings, VotesLeft) == (other.Phase, other.TimerEndsAt, other.Settings, other.VotesLeft)
            && Ideas.SequenceEqual(other.Ideas) && Groups.SequenceEqual(other.Groups)
            && OwnIdeas.SequenceEqual(other.OwnIdeas) && Votes.SequenceEqual(other.Votes);

        public override int GetHashCode() => HashCode.Combine(Phase, TimerEndsAt, Settings, VotesLeft);
    }
}
