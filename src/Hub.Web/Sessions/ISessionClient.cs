using Hub.Grains.Sessions;
using Microsoft.AspNetCore.SignalR;

namespace Hub.Web.Sessions;

/// <summary>What the server calls on a session client (docs/protocol.md), under the wire names the protocol gives.</summary>
/// <remarks>Public although only this project uses it: SignalR implements it at run time in an assembly of its own.</remarks>
public interface ISessionClient
{
    /// <summary>A batch of the session's events, in sequence order.</summary>
    [HubMethodName(SessionHub.EventsMethod)]
    Task Events(SessionEventBatch batch);

    /// <summary>A moderator removed this participant; nothing more comes.</summary>
    [HubMethodName(SessionHub.RemovedMethod)]
    Task Removed();
}
