using System.Diagnostics;
using Hub.LoadTest.Protocol;
using Microsoft.AspNetCore.SignalR.Client;

namespace Hub.LoadTest.Clients;

/// <summary>One participant of a Hub session on its own connection: joins, posts, votes, and reconnects with <c>Rejoin</c>.</summary>
public sealed class HubParticipant(int index, HubEndpoint endpoint, SessionStream stream) : IIdeaClient
{
    private HubConnection? _connection;
    private string? _token;
    private int _reconnecting;

    public int Index => index;

    public string Name => $"lt-{index}";

    public SessionStream Stream => stream;

    public IdeaArrivals Arrivals => stream.Arrivals;

    private HubConnection Connection => _connection ?? throw new InvalidOperationException("Not connected.");

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        _connection = endpoint.Create();
        await _connection.StartAsync(cancellationToken);
    }

    /// <returns>How long the <c>Join</c> call took, answer included.</returns>
    public async Task<(TimeSpan Elapsed, WireSnapshot Snapshot)> JoinAsync(string joinCode, CancellationToken cancellationToken)
    {
        var (connection, _) = BeginBind();
        var started = Stopwatch.GetTimestamp();
        var result = await Connection.InvokeAsync<WireJoinResult>("Join", joinCode, Name, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        _token = result.Token;
        Follow(stream.Complete(new WireCatchUp(null, result.Snapshot)), connection, Connection);
        return (elapsed, result.Snapshot);
    }

    /// <summary>Claims this participant for a reconnect, so that two never overlap.</summary>
    public bool TryClaimReconnect() => Interlocked.CompareExchange(ref _reconnecting, 1, 0) == 0;

    /// <summary>Drops the connection and comes back on a new one with <c>Rejoin</c> and the last epoch and seq applied.</summary>
    /// <returns>Whether the server answered with the missed events (true) or a snapshot (false).</returns>
    public async Task<bool> ReconnectAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Connection.DisposeAsync();
            await ConnectAsync(cancellationToken);
            var (connection, position) = BeginBind();
            Guid? epoch = position.Epoch == Guid.Empty ? null : position.Epoch;
            var answer = await Connection.InvokeAsync<WireCatchUp>("Rejoin", _token, epoch, position.AfterSeq, cancellationToken);
            Follow(stream.Complete(answer), connection, Connection);
            return answer.Events is not null;
        }
        finally
        {
            Volatile.Write(ref _reconnecting, 0);
        }
    }

    public async Task<Guid> PostAsync(string text, CancellationToken cancellationToken) =>
        (await Connection.InvokeAsync<WireIdea>("PostIdea", text, Guid.NewGuid(), cancellationToken)).Id;

    public Task<WireVoteReceipt> CastVoteAsync(Guid ideaId, CancellationToken cancellationToken) =>
        Connection.InvokeAsync<WireVoteReceipt>("CastVote", ideaId, Guid.NewGuid(), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    private (int Connection, CatchUpRequest Position) BeginBind()
    {
        var (connection, position) = stream.BeginBind();
        var hubConnection = Connection;
        hubConnection.Remove("events");
        hubConnection.On<WireBatch>("events", batch => Follow(stream.OnLive(batch, connection), connection, hubConnection));
        return (connection, position);
    }

    /// <summary>
    /// Makes the catch-up the stream asked for. Not awaited: the answer comes in on the same
    /// connection, which cannot deliver it while an event handler still waits for it.
    /// </summary>
    private void Follow(CatchUpRequest? request, int connection, HubConnection hubConnection)
    {
        if (request is not null)
        {
            _ = CatchUpAsync(request, connection, hubConnection);
        }
    }

    private async Task CatchUpAsync(CatchUpRequest request, int connection, HubConnection hubConnection)
    {
        try
        {
            var answer = await hubConnection.InvokeAsync<WireCatchUp>("CatchUp", request.Epoch, request.AfterSeq);
            Follow(stream.Complete(answer), connection, hubConnection);
        }
        catch (Exception)
        {
            // A reconnect in between binds anew and brings the stream up to date by itself.
            stream.CatchUpFailed(connection);
        }
    }
}
