using Hub.LoadTest.Clients;
using Hub.LoadTest.Measurement;
using Hub.LoadTest.Protocol;

namespace Hub.LoadTest.Targets;

/// <summary>A running Hub: opens sessions over HTTP as the signed-in moderator and steers them over SignalR.</summary>
public sealed class HubTarget(HubAdmin admin, Uri hubUrl, UsageMonitor usage) : ILoadTarget
{
    public string Name => "Hub";

    public UsageMonitor Usage => usage;

    public HubEndpoint Participants { get; } = new(hubUrl);

    public HubEndpoint Moderator { get; } = new(hubUrl, admin.Cookies);

    public async Task<ITargetRoom> OpenRoomAsync(string title, CancellationToken cancellationToken) =>
        await OpenSessionAsync(title, WireSettings.Generous, "Ideate", cancellationToken);

    public async Task<HubSession> OpenSessionAsync(string title, WireSettings settings, string phase, CancellationToken cancellationToken)
    {
        var launched = await admin.LaunchAsync(title, settings, cancellationToken);
        var session = new HubSession(this, launched.SessionId, launched.JoinCode);
        await session.SetPhaseAsync(phase, cancellationToken);
        return session;
    }
}
