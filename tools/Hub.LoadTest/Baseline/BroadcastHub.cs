using Hub.LoadTest.Protocol;
using Microsoft.AspNetCore.SignalR;

namespace Hub.LoadTest.Baseline;

/// <summary>
/// The least a SignalR server can do for a live room: put clients in a group and broadcast what one
/// sends to all of them. No storage, no ordering, no catch-up: the reference the Hub is compared with.
/// </summary>
public sealed class BroadcastHub(TimeProvider time) : Microsoft.AspNetCore.SignalR.Hub
{
    public const string Path = "/hubs/broadcast";
    public const string ItemMethod = "item";

    public Task Join(string group) => Groups.AddToGroupAsync(Context.ConnectionId, group);

    public Task Send(string group, BroadcastPost post) =>
        Clients.Group(group).SendAsync(ItemMethod, new BroadcastItem(post.Id, post.Text, "lt", time.GetUtcNow()));
}
