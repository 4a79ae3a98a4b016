using Hub.Grains.Sessions;

namespace Hub.Faults.Tests;

/// <summary>Two silos and two web nodes on PostgreSQL, as scripts/cluster.sh starts them.</summary>
[Collection(ProcessCollection.Name)]
public sealed class MultiNodeTests
{
    [Fact]
    public async Task Participants_on_different_web_nodes_see_the_same_ideas_in_the_same_order()
    {
        await using var cluster = await ProcessCluster.CreateAsync();
        await cluster.StartSiloAsync("silo-a");
        await cluster.StartSiloAsync("silo-b");
        var webNodes = new[] { await cluster.StartWebAsync("web-a"), await cluster.StartWebAsync("web-b") };
        var (sessionId, code) = await cluster.OpenSessionAsync(SessionSettings.Default);
        await cluster.Session(sessionId).SetPhase(ProcessCluster.Moderator, SessionPhase.Ideate, null);
        await using var participants = await Crowd.JoinAsync(code, 8, webNodes);

        await Task.WhenAll(participants.Select(async participant =>
        {
            for (var n = 0; n < 25; n++)
            {
                await participant.PostAsync($"{participant.Name}: idé {n}");
            }
        }));

        var truth = (await cluster.Session(sessionId).GetSnapshot(ProcessCluster.Moderator)).Ideas.Select(i => i.Id).ToArray();
        Assert.Equal(200, truth.Length);
        foreach (var participant in participants)
        {
            await participant.WaitUntilAsync(p => p.IdeaOrder.Count == truth.Length, "every idea");
            Assert.Equal(truth, participant.IdeaOrder);
            Assert.Empty(participant.Violations);
        }
    }
}
