using Hub.Grains.JoinCodes;
using Hub.Web.Demo;
using Hub.Web.Identity;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Hub.Web.Hosting;

/// <summary>Prints where the Hub runs, the local moderator sign-in link and the demo join code.</summary>
public sealed class StartupBanner(IServer server, IHostApplicationLifetime lifetime, LocalSignIn signIn, DemoSeeder demo) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            var url = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()?.Replace("[::]", "localhost", StringComparison.Ordinal) ?? "";
            var lines = new List<string> { "", $"  Innovation Hub is running at {url}" };
            if (signIn.Enabled)
            {
                lines.Add($"  Moderator sign-in (this run only): {url}/signin/{signIn.Secret}");
            }

            if (demo.LiveSession is { } session)
            {
                lines.Add($"  Demo session \"{session.Title}\": join code {JoinCode.Format(session.JoinCode)} at {url}/s/{session.JoinCode}");
            }

            lines.Add("");
            Console.WriteLine(string.Join(Environment.NewLine, lines));
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
