namespace Hub.LoadTest.Baseline;

/// <summary>Hosts <see cref="BroadcastHub"/> with the same SignalR settings as the Hub: JSON protocol, 16 KiB messages.</summary>
public static class BaselineServer
{
    public const string ReadyLine = "Baseline server listening on";

    public static async Task RunAsync(string urls, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(urls);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSignalR(options => options.MaximumReceiveMessageSize = 16 * 1024);

        var app = builder.Build();
        app.UseWebSockets();
        app.MapHub<BroadcastHub>(BroadcastHub.Path);
        app.MapGet("/health", () => "Healthy");
        await app.StartAsync(cancellationToken);
        Console.WriteLine($"{ReadyLine} {urls}{BroadcastHub.Path}");
        await app.WaitForShutdownAsync(cancellationToken);
    }
}
