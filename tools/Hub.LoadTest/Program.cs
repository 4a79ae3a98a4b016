using System.CommandLine;
using Hub.LoadTest.Commands;

var root = new RootCommand("Load tool for the Innovation Hub: drives it over real SignalR WebSockets and measures delivery, latency, correctness and cost.")
{
    RunCommand.Create(),
    BaselineServerCommand.Create(),
    BenchCommand.Create(args),
};

return await root.Parse(args).InvokeAsync();
