using Hub.Grains.Challenges;
using Hub.Grains.Organisations;
using static Hub.Grains.Tests.AccountTests;

namespace Hub.Grains.Tests;

/// <summary>A challenge of a fresh organisation whose one member owns it, moved on to the status a test needs.</summary>
public static class ChallengeScenario
{
    public static async Task<(Guid Challenge, Guid Owner)> ChallengeAsync(IGrainFactory grains, ChallengeStatus status = ChallengeStatus.Open)
    {
        var owner = await AccountAsync(grains, "Olle på Trafikkontoret");
        var organisation = Guid.NewGuid();
        await grains.GetGrain<IOrganisationGrain>(organisation).Create(
            await AdminAsync(grains), new OrganisationProfile($"Trafikkontoret {organisation:N}", OrganisationKind.CityDepartment, "", null), owner);
        var id = Guid.NewGuid();
        var challenge = grains.GetGrain<IChallengeGrain>(id);
        await challenge.Create(owner, organisation, new ChallengeDraft(
            "Tryggare skolvägar", "Många barn skjutsas med bil.", "", ["Trafik"], [], ChallengeKind.OpenChallenge, DateTimeOffset.UtcNow.AddDays(30), []));
        if (status != ChallengeStatus.Draft)
        {
            await challenge.SetStatus(owner, status);
        }

        return (id, owner);
    }
}
