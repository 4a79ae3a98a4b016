using Hub.Grains.Challenges;
using Hub.Grains.Events;
using Hub.Grains.Organisations;
using Hub.Grains.Places;
using Hub.Grains.Sessions;
using Hub.Web.Identity;
using Microsoft.Extensions.Options;

namespace Hub.Web.Demo;

/// <summary>
/// Seeds the demo once, after the silo has started (hosted services start in order), as the local
/// admin. What it seeded is found again by its fixed ids after a restart.
/// </summary>
internal sealed partial class DemoSeeder(
    IGrainFactory grains,
    LocalSignIn localAdmin,
    TimeProvider time,
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

        var admin = (await localAdmin.LocalAdminAsync()).Id;
        foreach (var (id, profile) in DemoData.Organisations)
        {
            var organisation = grains.GetGrain<IOrganisationGrain>(id);
            if (await organisation.Get() is null)
            {
                await organisation.Create(admin, profile, admin);
            }
        }

        foreach (var (id, owner, draft) in DemoData.Challenges)
        {
            var challenge = grains.GetGrain<IChallengeGrain>(id);
            if (await challenge.Get() is null)
            {
                await challenge.Create(admin, DemoData.Organisations[owner].Id, draft with { Deadline = time.GetUtcNow().AddDays(60) });
                await challenge.SetStatus(admin, ChallengeStatus.Open);
            }
        }

        foreach (var (id, profile) in DemoData.Places)
        {
            var place = grains.GetGrain<IMeetingPlaceGrain>(id);
            if (await place.Get() is null)
            {
                await place.Save(admin, profile);
            }
        }

        var session = grains.GetGrain<ISessionGrain>(DemoData.LiveSessionId);
        LiveSession = await session.GetInfo();
        if (LiveSession is null)
        {
            // The fixed id makes the launch idempotent: a restart in between answers the same session.
            LiveSession = (await grains.GetGrain<IChallengeGrain>(DemoData.Challenges[0].Id).StartSession(
                admin, new NewSession(DemoData.LiveSessionTitle, DemoData.LiveSessionVenue, SessionSettings.Default, SessionId: DemoData.LiveSessionId))).Info;
            LogSeeded(logger);
        }

        var demoEvent = grains.GetGrain<IEventGrain>(DemoData.EventId);
        if (await demoEvent.Get() is null)
        {
            var start = time.GetUtcNow().AddMinutes(5);
            await demoEvent.Create(admin, new EventDraft(
                DemoData.EventTitle, "Lärare, forskare och elever tar fram idéer tillsammans, i flera spår samtidigt.",
                DemoData.Places[0].Id, start, start.AddHours(3), [DemoData.Challenges[0].Id]));

            // The live session goes on the agenda: the same id answers the session launched above.
            await demoEvent.StartSession(admin, new NewAgendaSession(
                DemoData.Challenges[0].Id, LiveSession.Title, "Spår 1", SessionSettings.Default, SessionId: DemoData.LiveSessionId));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the demo organisations, challenges, meeting places, event and live session")]
    private static partial void LogSeeded(ILogger logger);
}
