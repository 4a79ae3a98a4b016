using Hub.Grains.Sessions;
using Xunit.Abstractions;

namespace Hub.Faults.Tests;

/// <summary>PostgreSQL stops and starts again while participants post through a silo and a web node.</summary>
[Collection(ProcessCollection.Name)]
public sealed class PostgresRestartTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Writes_refused_while_PostgreSQL_is_down_are_reported_as_refused_and_the_Hub_recovers_by_itself()
    {
        await using var server = await PostgresServer.StartNewAsync();
        await using var cluster = await ProcessCluster.CreateAsync(server.ConnectionString);
        await cluster.StartSiloAsync("silo");
        var web = await cluster.StartWebAsync("web");
        var (sessionId, code) = await cluster.OpenSessionAsync(SessionSettings.Default);
        await cluster.Session(sessionId).SetPhase(ProcessCluster.Moderator, SessionPhase.Ideate, null);
        await using var participants = await Crowd.JoinAsync(code, 6, web);

        var ideas = new Outcomes<string>();
        using var stop = new CancellationTokenSource();
        var posting = participants.Select(p => Writers.PostUntilStoppedAsync(p, ideas, stop.Token)).ToArray();
        await ideas.WaitUntilAsync(o => o.Acknowledged.Count >= 50, "ideas before the restart");

        await server.StopAsync();
        var failedBefore = ideas.Failed.Count;
        await ideas.WaitUntilAsync(o => o.Failed.Count >= failedBefore + 12, "writes refused while the database is down");
        await server.StartAsync();
        var startedAt = DateTimeOffset.UtcNow;

        await ideas.WaitUntilAsync(o => o.FirstAcknowledgedAfter(startedAt) is not null, "an idea saved after the restart");
        var recoveredAfter = ideas.FirstAcknowledgedAfter(startedAt)!.Value - startedAt;
        var acknowledgedThen = ideas.Acknowledged.Count;
        await ideas.WaitUntilAsync(o => o.Acknowledged.Count >= acknowledgedThen + 50, "ideas after the restart");
        await stop.CancelAsync();
        await Task.WhenAll(posting);
        output.WriteLine($"{ideas.Acknowledged.Count} ideas acknowledged, {ideas.Failed.Count} refused; saving again {recoveredAfter.TotalSeconds:F1} s after PostgreSQL was back.");
        output.WriteLine($"Refusals: {string.Join(" | ", ideas.Errors)}");

        var truth = (await cluster.Session(sessionId).GetSnapshot(ProcessCluster.Moderator)).Ideas.Select(i => i.Text).ToArray();
        Assert.Equal(truth.Length, truth.Distinct().Count());
        Assert.Empty(ideas.Acknowledged.Except(truth));
        Assert.Empty(truth.Except(ideas.Acknowledged).Except(ideas.Failed));
        Assert.All(ideas.Errors, error => Assert.Matches("(storage_unavailable|unavailable): ", error));
        foreach (var participant in participants)
        {
            await participant.WaitUntilAsync(p => p.Ideas.Values.Order().SequenceEqual(truth.Order()), "every saved idea");
            Assert.Empty(participant.Violations);
        }
    }
}
