using System.Security.Claims;
using Hub.Grains;
using Hub.Grains.Organisations;
using Hub.Web.Identity;
using Hub.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Web.Organisations;

internal static class OrganisationsApi
{
    public static IEndpointRouteBuilder MapOrganisationsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/organisations").WithTags("Organisations");
        api.MapGet("/", SearchAsync)
            .WithName("SearchOrganisations").WithSummary("Searches partner organisations, a page at a time.");
        api.MapGet("/{id:guid}", GetAsync)
            .WithName("GetOrganisation").WithSummary("Reads one organisation's public profile.");
        api.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization()
            .WithName("UpdateOrganisation").WithSummary("Changes the profile of an organisation you administer.");
        return routes;
    }

    private static async Task<Results<Ok<Page<OrganisationSummary>>, ProblemHttpResult>> SearchAsync([AsParameters] OrganisationSearch search, IGrainFactory grains) =>
        RuleProblems.BadPage(search.Skip, search.Take) is { } problem
            ? problem
            : TypedResults.Ok(await grains.GetGrain<IOrganisationDirectoryGrain>(0).Search(search.ToQuery()));

    private static async Task<Results<Ok<PublicOrganisation>, ProblemHttpResult>> GetAsync(Guid id, IGrainFactory grains) =>
        await grains.GetGrain<IOrganisationGrain>(id).Get() is { } organisation
            ? TypedResults.Ok(new PublicOrganisation(organisation.Id, organisation.Profile))
            : RuleProblems.Create(StatusCodes.Status404NotFound, OrganisationErrorCodes.OrganisationNotFound, "There is no such organisation.");

    private static Task<Results<Ok<PublicOrganisation>, ProblemHttpResult>> UpdateAsync(Guid id, OrganisationProfile profile, ClaimsPrincipal user, IGrainFactory grains) =>
        RuleProblems.Try(async () =>
        {
            var organisation = await grains.GetGrain<IOrganisationGrain>(id).UpdateProfile(user.RequireAccountId(), profile);
            return TypedResults.Ok(new PublicOrganisation(organisation.Id, organisation.Profile));
        });
}
