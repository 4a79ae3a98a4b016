using System.Security.Claims;
using Hub.Grains.Contributions;
using Hub.Web.Identity;
using Hub.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Web.Challenges;

/// <summary>Contributions to a challenge between sessions, over HTTP; the grain checks who may do what.</summary>
internal static class ContributionsApi
{
    public static IEndpointRouteBuilder MapContributionsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/challenges/{id:guid}").WithTags("Contributions");
        api.MapGet("/contributions", GetAsync)
            .WithName("GetChallengeContributions").WithSummary("Reads the ideas, questions and proposals on a challenge.");
        var signedIn = api.MapGroup("").RequireAuthorization();
        signedIn.MapPost("/ideas", (Guid id, TextInput input, ClaimsPrincipal user, IGrainFactory grains) =>
            Created(id, () => Grain(grains, id).SubmitIdea(user.RequireAccountId(), input.Text)))
            .WithName("SubmitChallengeIdea").WithSummary("Submits an idea to a challenge.");
        signedIn.MapPost("/ideas/{ideaId:guid}/comments", (Guid id, Guid ideaId, TextInput input, ClaimsPrincipal user, IGrainFactory grains) =>
            Created(id, () => Grain(grains, id).Comment(user.RequireAccountId(), ideaId, input.Text)))
            .WithName("CommentOnChallengeIdea").WithSummary("Comments on an idea.");
        signedIn.MapPut("/ideas/{ideaId:guid}/endorsement", (Guid id, Guid ideaId, ClaimsPrincipal user, IGrainFactory grains) =>
            Done(() => Grain(grains, id).Endorse(user.RequireAccountId(), ideaId, endorse: true)))
            .WithName("EndorseChallengeIdea").WithSummary("Endorses an idea.");
        signedIn.MapDelete("/ideas/{ideaId:guid}/endorsement", (Guid id, Guid ideaId, ClaimsPrincipal user, IGrainFactory grains) =>
            Done(() => Grain(grains, id).Endorse(user.RequireAccountId(), ideaId, endorse: false)))
            .WithName("WithdrawChallengeIdeaEndorsement").WithSummary("Takes back your endorsement of an idea.");
        signedIn.MapPut("/followers/me", (Guid id, ClaimsPrincipal user, IGrainFactory grains) =>
            Done(() => Grain(grains, id).Follow(user.RequireAccountId(), follow: true)))
            .WithName("FollowChallenge").WithSummary("Follows a challenge.");
        signedIn.MapDelete("/followers/me", (Guid id, ClaimsPrincipal user, IGrainFactory grains) =>
            Done(() => Grain(grains, id).Follow(user.RequireAccountId(), follow: false)))
            .WithName("UnfollowChallenge").WithSummary("Stops following a challenge.");
        signedIn.MapPut("/hidden/{itemId:guid}", (Guid id, Guid itemId, ClaimsPrincipal user, IGrainFactory grains) =>
            Done(() => Grain(grains, id).SetHidden(user.RequireAccountId(), itemId, hidden: true)))
            .WithName("HideChallengeContribution").WithSummary("Hides an idea, comment, question or proposal (challenge owners).");
        signedIn.MapDelete("/hidden/{itemId:guid}", (Guid id, Guid itemId, ClaimsPrincipal user, IGrainFactory grains) =>
            Done(() => Grain(grains, id).SetHidden(user.RequireAccountId(), itemId, hidden: false)))
            .WithName("ShowChallengeContribution").WithSummary("Shows a hidden contribution again (challenge owners).");
        signedIn.MapPost("/questions", (Guid id, OrganisationTextInput input, ClaimsPrincipal user, IGrainFactory grains) =>
            Created(id, () => Grain(grains, id).Ask(user.RequireAccountId(), input.OrganisationId, input.Text)))
            .WithName("AskChallengeQuestion").WithSummary("Asks the owners of a challenge a question, for an organisation.");
        signedIn.MapPut("/questions/{questionId:guid}/answer", (Guid id, Guid questionId, TextInput input, ClaimsPrincipal user, IGrainFactory grains) =>
            Done(() => Grain(grains, id).Answer(user.RequireAccountId(), questionId, input.Text)))
            .WithName("AnswerChallengeQuestion").WithSummary("Answers a question on a challenge you own.");
        signedIn.MapPost("/proposals", (Guid id, OrganisationTextInput input, ClaimsPrincipal user, IGrainFactory grains) =>
            Created(id, () => Grain(grains, id).Propose(user.RequireAccountId(), input.OrganisationId, input.Text)))
            .WithName("ProposeForChallenge").WithSummary("Proposes a solution to a challenge, for an organisation.");
        return routes;
    }

    private static async Task<Results<Ok<ContributionsView>, ProblemHttpResult>> GetAsync(Guid id, ClaimsPrincipal user, IGrainFactory grains) =>
        await grains.GetGrain<Hub.Grains.Challenges.IChallengeGrain>(id).GetFor(user.AccountId()) is null
            ? RuleProblems.Create(StatusCodes.Status404NotFound, Hub.Grains.Challenges.ChallengeErrorCodes.ChallengeNotFound, "There is no such challenge.")
            : TypedResults.Ok(await Grain(grains, id).Get(user.AccountId()));

    private static IChallengeContributionsGrain Grain(IGrainFactory grains, Guid challengeId) => grains.GetGrain<IChallengeContributionsGrain>(challengeId);

    private static Task<Results<Created<CreatedItem>, ProblemHttpResult>> Created(Guid challengeId, Func<Task<Guid>> action) =>
        RuleProblems.Try(async () => TypedResults.Created($"/api/challenges/{challengeId}/contributions", new CreatedItem(await action())));

    private static Task<Results<NoContent, ProblemHttpResult>> Done(Func<Task> action) =>
        RuleProblems.Try(async () =>
        {
            await action();
            return TypedResults.NoContent();
        });
}
