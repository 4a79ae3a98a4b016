using Hub.Grains.Sessions;
using Xunit.Abstractions;

namespace Hub.Faults.Tests;

/// <summary>Two silos and a web node as real processes; the silo holding the session is killed with SIGKILL.</summary>
[Collection(ProcessCollection.Name)]
public sealed class SiloFailureTests(ITestOutputHelper output)
{
    private static readonly TimeSpan SessionsBackWithin = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan ClientsResumeWithin = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Killing_the_silo_of_a_session_while_participants_post_loses_and_repeats_no_idea()
    {
        await using var cluster = await ProcessCluster.CreateAsync();
        var silos = new[] { await cluster.StartSiloAsync("silo-a"), await cluster.StartSiloAsync("silo-b") };
        var web = await cluster.StartWebAsync("web");
        var (sessionId, code) = await cluster.OpenSessionAsync(SessionSettings.Default);
        var neighbours = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => cluster.OpenSessionAsync(SessionSettings.Default)));
        await using var participants = await Crowd.JoinAsync(code, 6, web);
        await cluster.Session(sessionId).SetPhase(ProcessCluster.Moderator, SessionPhase.Ideate, null);

        var ideas = new Outcomes<string>();
        using var stop = new CancellationTokenSource();
        var posting = participants.Select(p => Writers.PostUntilStoppedAsync(p, ideas, stop.Token)).ToArray();
        await ideas.WaitUntilAsync(o => o.Acknowledged.Count >= 50, "ideas before the kill");

        var host = await cluster.HostOfAsync(sessionId);
        var victim = silos.Single(s => s.SiloPort == host);
        var sessionsOnVictim = await SessionsHostedByAsync(cluster, victim, neighbours.Select(n => n.SessionId));
        victim.Process.Kill();
        var killedAt = DateTimeOffset.UtcNow;

        await ideas.WaitUntilAsync(o => o.FirstAcknowledgedAfter(killedAt) is not null, "an idea saved after the kill");
        var backAfter = ideas.FirstAcknowledgedAfter(killedAt)!.Value - killedAt;
        var acknowledgedThen = ideas.Acknowledged.Count;
        await ideas.WaitUntilAsync(o => o.Acknowledged.Count >= acknowledgedThen + 50, "ideas after the session came back");
        await stop.CancelAsync();
        await Task.WhenAll(posting);

        var truth = (await cluster.Session(sessionId).GetSnapshot(ProcessCluster.Moderator)).Ideas.Select(i => i.Text).ToArray();
        Assert.Equal(truth.Length, truth.Distinct().Count());
        Assert.Empty(ideas.Acknowledged.Except(truth));
        Assert.Empty(truth.Except(ideas.Acknowledged).Except(ideas.Failed));
        output.WriteLine($"{ideas.Acknowledged.Count} ideas acknowledged, {ideas.Failed.Count} failed ({string.Join("; ", ideas.Errors)}); session back after {backAfter.TotalSeconds:F1} s.");
        Assert.True(backAfter <= SessionsBackWithin, $"The session was back after {backAfter.TotalSeconds:F1} s.");
        foreach (var participant in participants)
        {
            await participant.WaitUntilAsync(p => p.Ideas.Values.Order().SequenceEqual(truth.Order()), "every saved idea");
            Assert.Empty(participant.Violations);
            var resumedAfter = participant.NewEpochAt - killedAt;
            output.WriteLine($"{participant.Name} resumed after {resumedAfter?.TotalSeconds:F1} s.");
            Assert.True(resumedAfter <= ClientsResumeWithin, $"{participant.Name} resumed after {resumedAfter?.TotalSeconds:F1} s.");
        }

        // Every other session the dead silo held answers again on the survivor.
        await Task.WhenAll(sessionsOnVictim.Select(id => cluster.Session(id).GetInfo()));
        Assert.All(await Task.WhenAll(sessionsOnVictim.Select(cluster.HostOfAsync)), port => Assert.NotEqual(victim.SiloPort, port));
    }

    [Fact]
    public async Task Killing_the_silo_of_a_session_while_participants_vote_loses_and_repeats_no_vote()
    {
        await using var cluster = await ProcessCluster.CreateAsync();
        var silos = new[] { await cluster.StartSiloAsync("silo-a"), await cluster.StartSiloAsync("silo-b") };
        var web = await cluster.StartWebAsync("web");
        var (sessionId, code) = await cluster.OpenSessionAsync(new SessionSettings(VoteBudget: 50, MaxVotesPerIdea: 50, ParticipantsCanGroup: false));
        await using var participants = await Crowd.JoinAsync(code, 12, web);
        await cluster.Session(sessionId).SetPhase(ProcessCluster.Moderator, SessionPhase.Ideate, null);
        var ideaIds = new List<Guid>();
        foreach (var participant in participants.Take(8))
        {
            ideaIds.Add((await participant.PostAsync($"Idé från {participant.Name}")).Id);
        }

        await cluster.Session(sessionId).SetPhase(ProcessCluster.Moderator, SessionPhase.Vote, null);
        var votes = new Outcomes<Guid>();
        using var stop = new CancellationTokenSource();
        var voting = participants.Select((p, i) => Writers.VoteUntilStoppedAsync(p, ideaIds, i, votes, stop.Token)).ToArray();
        await votes.WaitUntilAsync(o => o.Acknowledged.Count >= 30, "votes before the kill");

        var host = await cluster.HostOfAsync(sessionId);
        var victim = silos.Single(s => s.SiloPort == host);
        victim.Process.Kill();
        var killedAt = DateTimeOffset.UtcNow;

        await votes.WaitUntilAsync(o => o.FirstAcknowledgedAfter(killedAt) is not null, "a vote saved after the kill");
        output.WriteLine($"Votes were saved again {(votes.FirstAcknowledgedAfter(killedAt)!.Value - killedAt).TotalSeconds:F1} s after the kill.");
        var acknowledgedThen = votes.Acknowledged.Count;
        await votes.WaitUntilAsync(o => o.Acknowledged.Count >= acknowledgedThen + 30, "votes after the session came back");
        await stop.CancelAsync();
        await Task.WhenAll(voting);

        output.WriteLine($"{votes.Acknowledged.Count} votes acknowledged, {votes.Failed.Count} failed ({string.Join("; ", votes.Errors)}).");
        var totals = (await cluster.Session(sessionId).GetSnapshot(ProcessCluster.Moderator)).Ideas.ToDictionary(i => i.Id, i => i.Votes);
        foreach (var ideaId in ideaIds)
        {
            var acknowledged = votes.Acknowledged.Count(id => id == ideaId);
            var failed = votes.Failed.Count(id => id == ideaId);
            Assert.InRange(totals[ideaId], acknowledged, acknowledged + failed);
        }

        foreach (var participant in participants)
        {
            await participant.WaitUntilAsync(p => ideaIds.All(id => p.VoteTotals.GetValueOrDefault(id) == totals[id]), "the saved vote totals");
            var resumedAfter = participant.NewEpochAt - killedAt;
            output.WriteLine($"{participant.Name} resumed after {resumedAfter?.TotalSeconds:F1} s.");
            Assert.True(resumedAfter <= ClientsResumeWithin, $"{participant.Name} resumed after {resumedAfter?.TotalSeconds:F1} s.");
        }
    }

    private static async Task<Guid[]> SessionsHostedByAsync(ProcessCluster cluster, SiloNode silo, IEnumerable<Guid> sessionIds)
    {
        var hosted = new List<Guid>();
        foreach (var sessionId in sessionIds)
        {
            if (await cluster.HostOfAsync(sessionId) == silo.SiloPort)
            {
                hosted.Add(sessionId);
            }
        }

        return [.. hosted];
    }
}
