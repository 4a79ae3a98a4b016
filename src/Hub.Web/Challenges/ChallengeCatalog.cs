using System.Security.Claims;
using Hub.Grains;
using Hub.Grains.Challenges;
using Hub.Grains.Organisations;
using Hub.Web.Identity;

namespace Hub.Web.Challenges;

/// <summary>Reads for challenge pages and the API, from the index grains only.</summary>
internal static class ChallengeCatalog
{
    /// <summary>A search as this person may make it: they see the drafts of their own organisations.</summary>
    public static Task<Page<ChallengeSummary>> SearchChallengesAsync(this IGrainFactory grains, ChallengeQuery query, ClaimsPrincipal user) =>
        grains.GetGrain<IChallengeDirectoryGrain>(0).Search(query with { DraftsOf = user.OrganisationIds() });

    /// <summary>Organisation names by id, for listings that show owners.</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> OrganisationNamesAsync(this IGrainFactory grains) =>
        (await grains.GetGrain<IOrganisationDirectoryGrain>(0).List()).ToDictionary(o => o.Id, o => o.Name);

    public static IReadOnlyList<Guid> OrganisationIds(this ClaimsPrincipal user) =>
        user.FindAll(HubRoles.OrganisationMember).Select(c => Guid.Parse(c.Value)).ToArray();
}
