using Hub.LoadTest.Clients;
using Hub.LoadTest.Measurement;

namespace Hub.LoadTest.Targets;

/// <summary>The bare SignalR broadcast server (<c>baseline-server</c>): a room is a SignalR group.</summary>
public sealed class BaselineTarget(Uri hubUrl, UsageMonitor usage) : ILoadTarget
{
    private readonly HubEndpoint _endpoint = new(hubUrl);

    public string Name => "Baseline";

    public UsageMonitor Usage => usage;

    public Task<ITargetRoom> OpenRoomAsync(string title, CancellationToken cancellationToken) =>
        Task.FromResult<ITargetRoom>(new Room(_endpoint, $"{title}:{Guid.NewGuid():N}"));

    private sealed class Room(HubEndpoint endpoint, string group) : ITargetRoom
    {
        public async Task<IReadOnlyList<IIdeaClient>> JoinAsync(int count, int firstIndex, DeliveryCounter counter, CancellationToken cancellationToken) =>
            await Joining.ManyAsync<IIdeaClient>(count, firstIndex, async (index, token) =>
            {
                var client = new BaselineParticipant(index, endpoint, new IdeaArrivals(counter));
                await client.JoinAsync(group, token);
                return client;
            }, cancellationToken);
    }
}
