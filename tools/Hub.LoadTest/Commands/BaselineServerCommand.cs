using System.CommandLine;
using Hub.LoadTest.Baseline;

namespace Hub.LoadTest.Commands;

/// <summary><c>baseline-server</c>: the bare SignalR broadcast app the Hub is compared with.</summary>
public static class BaselineServerCommand
{
    public static Command Create()
    {
        Option<string> urls = new("--urls") { Description = "Where to listen.", DefaultValueFactory = _ => "http://127.0.0.1:5190" };
        var command = new Command("baseline-server", $"Serves a bare SignalR hub at {BroadcastHub.Path}: clients join a group, and what one sends is broadcast to the group.") { urls };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await BaselineServer.RunAsync(parse.GetValue(urls)!, cancellationToken);
            return 0;
        });
        return command;
    }
}
