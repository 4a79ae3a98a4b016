using Hub.LoadTest.Protocol;
using Microsoft.AspNetCore.SignalR.Client;

namespace Hub.LoadTest.Clients;

/// <summary>A client of the baseline server: joins one group, posts items and records what the group broadcast to it.</summary>
public sealed class BaselineParticipant(int index, HubEndpoint endpoint, IdeaArrivals arrivals) : IIdeaClient
{
    private HubConnection? _connection;
    private string _group = "";

    public int Index => index;

    public IdeaArrivals Arrivals => arrivals;

    private HubConnection Connection => _connection ?? throw new InvalidOperationException("Not connected.");

    public async Task JoinAsync(string group, CancellationToken cancellationToken)
    {
        _group = group;
        _connection = endpoint.Create();
        _connection.On<BroadcastItem>("item", item => arrivals.Announced(item.Id, IdeaArrivals.Now()));
        await _connection.StartAsync(cancellationToken);
        await _connection.InvokeAsync("Join", group, cancellationToken);
    }

    public async Task<Guid> PostAsync(string text, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid();
        await Connection.InvokeAsync("Send", _group, new BroadcastPost(id, text), cancellationToken);
        return id;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}
