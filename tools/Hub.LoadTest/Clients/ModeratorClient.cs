using Hub.LoadTest.Protocol;
using Microsoft.AspNetCore.SignalR.Client;

namespace Hub.LoadTest.Clients;

/// <summary>
/// Steers one session for a moment: connects with the moderator cookie, binds with <c>Moderate</c>
/// and leaves again, so that no moderator connection receives (and costs) the run's events.
/// </summary>
public static class ModeratorClient
{
    public static async Task SetPhaseAsync(HubEndpoint moderatorEndpoint, Guid sessionId, string phase, CancellationToken cancellationToken)
    {
        await using var connection = moderatorEndpoint.Create();
        await connection.StartAsync(cancellationToken);
        await connection.InvokeAsync<WireCatchUp>("Moderate", sessionId, null, 0L, cancellationToken);
        await connection.InvokeAsync("SetPhase", phase, null, cancellationToken);
    }
}
