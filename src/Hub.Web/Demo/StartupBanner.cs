using Hub.Grains.JoinCodes;
using Hub.Web.Identity;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Hub.Web.Demo;

/// <summary>
/// Prints where the Hub runs, and how to get in: the local admin sign-in link, or, while the Hub
/// has no admin, the link that sets up the first one; and the demo join code.
/// </summary>
internal sealed partial class StartupBanner(
    IServer server, IHostApplicationLifetime lifetime, LocalSignIn signIn, FirstAdminSetup setup, DemoSeeder demo, ILogger<StartupBanner> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = PrintAsync());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task PrintAsync()
    {
        try
        {
            var url = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()?.Replace("[::]", "localhost", StringComparison.Ordinal) ?? "";
            var lines = new List<string> { "", $"  Innovation Hub is running at {url}" };
            if (signIn.Enabled)
            {
                lines.Add($"  Admin sign-in (this run only): {url}/signin/{signIn.Secret}");
            }
            else if (await setup.IsOpenAsync())
            {
                lines.Add($"  Set up the first admin (this run only): {url}/setup/{setup.Secret}");
            }

            if (demo.LiveSession is { } session)
            {
                lines.Add($"  Demo session \"{session.Title}\": join code {JoinCode.Format(session.JoinCode)} at {url}/s/{session.JoinCode}");
            }

            lines.Add("");
            Console.WriteLine(string.Join(Environment.NewLine, lines));
        }
        catch (Exception exception)
        {
            LogBannerFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not print the start-up banner")]
    private static partial void LogBannerFailed(ILogger logger, Exception exception);
}
