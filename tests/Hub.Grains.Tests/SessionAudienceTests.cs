using Hub.Grains.Sessions;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class SessionAudienceTests(ClusterFixture fixture)
{
    private readonly FakeTimeProvider _time = new();

    private ISessionObserver NewNode() => fixture.Cluster.Client.CreateObjectReference<ISessionObserver>(new RecordingObserver());

    [Fact]
    public void A_participant_connected_through_two_nodes_stays_until_both_let_go()
    {
        var audience = new SessionAudience(_time, TimeSpan.FromSeconds(30));
        var (first, second) = (NewNode(), NewNode());
        var alva = Guid.NewGuid();

        Assert.True(audience.SetConnected(first, alva, connected: true));
        Assert.False(audience.SetConnected(second, alva, connected: true));
        Assert.False(audience.SetConnected(first, alva, connected: false));
        Assert.True(audience.SetConnected(second, alva, connected: false));
        Assert.Empty(audience.Present());
    }

    [Fact]
    public void A_node_that_stops_renewing_takes_its_participants_with_it()
    {
        var audience = new SessionAudience(_time, TimeSpan.FromSeconds(30));
        var (dying, living) = (NewNode(), NewNode());
        var (alva, bo) = (Guid.NewGuid(), Guid.NewGuid());
        audience.Renew(dying, new Dictionary<Guid, int> { [alva] = 1 });
        audience.Renew(living, new Dictionary<Guid, int> { [bo] = 2 });

        _time.Advance(TimeSpan.FromSeconds(20));
        audience.Renew(living, new Dictionary<Guid, int> { [bo] = 2 });
        _time.Advance(TimeSpan.FromSeconds(15));

        Assert.True(audience.RemoveExpired());
        Assert.Equal([bo], audience.Present());
        Assert.Equal(1, audience.NodeCount);
    }
}
