using Hub.Grains.Challenges;
using Hub.Grains.Sessions;
using Hub.Web.Sessions;
using Microsoft.Extensions.Options;

namespace Hub.Web.Demo;

/// <summary>
/// Seeds the demo once, after the silo has started (hosted services start in order), and tells
/// the console where to go. What it seeded is found again by its fixed ids after a restart.
/// </summary>
public sealed partial class DemoSeeder(
    IGrainFactory grains,
    SessionLauncher launcher,
    IOptions<DemoOptions> options,
    ILogger<DemoSeeder> logger) : IHostedService
{
    public SessionInfo? LiveSession { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Seed)
        {
            return;
        }

        foreach (var (id, challenge) in DemoData.Challenges)
        {
            var grain = grains.GetGrain<IChallengeGrain>(id);
            if (await grain.GetDetails() is null)
            {
                await grain.Post(challenge);
            }
        }

        var session = grains.GetGrain<ISessionGrain>(DemoData.LiveSessionId);
        LiveSession = await session.GetInfo();
        if (LiveSession is null)
        {
            LiveSession = await launcher.LaunchAsync(
                DemoData.LiveSessionId, DemoData.Challenges[0].Id, DemoData.LiveSessionTitle, DemoData.LiveSessionVenue,
                SessionSettings.Default, anonymous: false, SessionActor.Moderator("demo"));
            LogSeeded(logger);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the demo challenges and live session")]
    private static partial void LogSeeded(ILogger logger);
}
