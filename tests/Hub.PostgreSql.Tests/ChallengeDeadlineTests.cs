using Hub.Grains.Accounts;
using Hub.Grains.Challenges;
using Hub.Grains.Organisations;

namespace Hub.PostgreSql.Tests;

public sealed class ChallengeDeadlineTests
{
    /// <summary>Reminders tick every few seconds here rather than every minute, so that the test is quick.</summary>
    private static readonly Dictionary<string, string?> QuickDeadlineChecks = new() { ["Hub:Challenges:DeadlineCheckPeriod"] = "00:00:02" };

    [Fact]
    public async Task A_deadline_that_passes_while_the_silo_is_down_still_moves_the_challenge_on()
    {
        await using var database = await TestDatabase.CreateAsync();
        var challengeId = Guid.NewGuid();
        var deadline = DateTimeOffset.UtcNow.AddSeconds(6);

        await using (var silo = await SiloProcess.StartAsync(database, settings: QuickDeadlineChecks))
        {
            var admin = Guid.NewGuid();
            await silo.Grains.GetGrain<IAccountGrain>(admin).Create(new NewAccount("ada@example.se", "Ada"));
            await silo.Grains.GetGrain<IAccountGrain>(admin).BecomeFirstAdmin();
            var organisation = Guid.NewGuid();
            await silo.Grains.GetGrain<IOrganisationGrain>(organisation).Create(admin, new OrganisationProfile("Trafikkontoret", OrganisationKind.CityDepartment, "", null), admin);
            var challenge = silo.Grains.GetGrain<IChallengeGrain>(challengeId);
            await challenge.Create(admin, organisation, new ChallengeDraft(
                "Tryggare skolvägar", "Många barn skjutsas med bil.", "", ["Trafik"], [], ChallengeKind.OpenChallenge, deadline, []));
            await challenge.SetStatus(admin, ChallengeStatus.Open);
        }

        Assert.True(DateTimeOffset.UtcNow < deadline, "The silo was to stop before the deadline.");

        // The silo stays down until the deadline has passed, so that no tick could have moved it on.
        var downFor = deadline - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1);
        if (downFor > TimeSpan.Zero)
        {
            await Task.Delay(downFor);
        }

        await using var restarted = await SiloProcess.StartAsync(database, settings: QuickDeadlineChecks);
        var status = ChallengeStatus.Open;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
        var giveUp = DateTimeOffset.UtcNow.AddSeconds(30);
        while (status != ChallengeStatus.Evaluating && DateTimeOffset.UtcNow < giveUp && await timer.WaitForNextTickAsync())
        {
            status = (await restarted.Grains.GetGrain<IChallengeGrain>(challengeId).Get())!.Status;
        }

        Assert.Equal(ChallengeStatus.Evaluating, status);
    }
}
