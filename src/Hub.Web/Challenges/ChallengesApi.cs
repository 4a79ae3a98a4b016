using System.Security.Claims;
using Hub.Grains;
using Hub.Grains.Challenges;
using Hub.Web.Identity;
using Hub.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Web.Challenges;

/// <summary>
/// Challenges over HTTP, with the pages' rules: anyone reads what is not a draft; members of the
/// owning organisations (and admins) create, edit and move a challenge on, as the grain checks.
/// </summary>
internal static class ChallengesApi
{
    public static IEndpointRouteBuilder MapChallengesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/challenges").WithTags("Challenges");
        api.MapGet("/", SearchAsync)
            .WithName("SearchChallenges").WithSummary("Searches challenges, a page at a time.");
        api.MapGet("/{id:guid}", GetAsync)
            .WithName("GetChallenge").WithSummary("Reads one challenge.");
        api.MapGet("/{id:guid}/partners", PartnersAsync)
            .WithName("SuggestChallengePartners").WithSummary("Suggests organisations that could help with a challenge.");
        api.MapPost("/", CreateAsync).RequireAuthorization()
            .WithName("CreateChallenge").WithSummary("Posts a challenge for one of your organisations.");
        api.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization()
            .WithName("UpdateChallenge").WithSummary("Changes a challenge you own.");
        api.MapPost("/{id:guid}/status", SetStatusAsync).RequireAuthorization()
            .WithName("SetChallengeStatus").WithSummary("Moves a challenge you own to another status.");
        return routes;
    }

    private static async Task<Results<Ok<Page<ChallengeSummary>>, ProblemHttpResult>> SearchAsync(
        [AsParameters] ChallengeSearch search, ClaimsPrincipal user, IGrainFactory grains) =>
        RuleProblems.BadPage(search.Skip, search.Take) is { } problem
            ? problem
            : TypedResults.Ok(await grains.SearchChallengesAsync(search.ToQuery(), user));

    private static async Task<Results<Ok<ChallengeView>, ProblemHttpResult>> GetAsync(Guid id, ClaimsPrincipal user, IGrainFactory grains) =>
        await grains.GetGrain<IChallengeGrain>(id).GetFor(user.AccountId()) is { } challenge ? TypedResults.Ok(challenge) : NotFound();

    private static async Task<Results<Ok<IReadOnlyList<PartnerSuggestion>>, ProblemHttpResult>> PartnersAsync(Guid id, ClaimsPrincipal user, IGrainFactory grains) =>
        await grains.GetGrain<IChallengeGrain>(id).GetFor(user.AccountId()) is { } challenge ? TypedResults.Ok(await grains.SuggestPartnersAsync(challenge)) : NotFound();

    private static Task<Results<Created<ChallengeView>, ProblemHttpResult>> CreateAsync(NewChallenge request, ClaimsPrincipal user, IGrainFactory grains) =>
        RuleProblems.Try(async () =>
        {
            var challenge = await grains.GetGrain<IChallengeGrain>(Guid.NewGuid()).Create(user.RequireAccountId(), request.OwnerId, request.Draft);
            return TypedResults.Created($"/api/challenges/{challenge.Id}", challenge);
        });

    private static Task<Results<Ok<ChallengeView>, ProblemHttpResult>> UpdateAsync(Guid id, ChallengeDraft draft, ClaimsPrincipal user, IGrainFactory grains) =>
        RuleProblems.Try(async () => TypedResults.Ok(await grains.GetGrain<IChallengeGrain>(id).Update(user.RequireAccountId(), draft)));

    private static Task<Results<Ok<ChallengeView>, ProblemHttpResult>> SetStatusAsync(Guid id, StatusChange change, ClaimsPrincipal user, IGrainFactory grains) =>
        RuleProblems.Try(async () => TypedResults.Ok(await grains.GetGrain<IChallengeGrain>(id).SetStatus(user.RequireAccountId(), change.Status)));

    private static ProblemHttpResult NotFound() =>
        RuleProblems.Create(StatusCodes.Status404NotFound, ChallengeErrorCodes.ChallengeNotFound, "There is no such challenge.");
}
