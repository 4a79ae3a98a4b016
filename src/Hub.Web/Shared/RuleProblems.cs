using Hub.Grains;
using Hub.Grains.Accounts;
using Hub.Grains.Challenges;
using Hub.Grains.Events;
using Hub.Grains.Organisations;
using Hub.Grains.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Web.Shared;

/// <summary>ProblemDetails for the domain's rules, with the same stable code the hub uses.</summary>
internal static class RuleProblems
{
    public static ProblemHttpResult From(RuleException rule) => Create(rule.Code switch
    {
        _ when rule.Code.EndsWith("_not_found", StringComparison.Ordinal) => StatusCodes.Status404NotFound,
        ErrorCodes.Forbidden or SessionErrorCodes.NotAuthor or AccountErrorCodes.NotAdmin or OrganisationErrorCodes.NotOrganisationAdmin
            or ChallengeErrorCodes.NotAnOwner or EventErrorCodes.NotAnOrganiser => StatusCodes.Status403Forbidden,
        ErrorCodes.AlreadyExists or SessionErrorCodes.WrongPhase or SessionErrorCodes.SessionClosed or AccountErrorCodes.EmailTaken
            or OrganisationErrorCodes.NameTaken or ChallengeErrorCodes.StatusNotAllowed or ChallengeErrorCodes.ChallengeClosed
            or EventErrorCodes.LastOrganiser => StatusCodes.Status409Conflict,
        ErrorCodes.StorageUnavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status400BadRequest,
    }, rule.Code, rule.Message);

    /// <summary>Runs an endpoint's action; a broken rule becomes its ProblemDetails, and nothing has changed.</summary>
    public static async Task<Results<TResult, ProblemHttpResult>> Try<TResult>(Func<Task<TResult>> action)
        where TResult : IResult
    {
        try
        {
            return await action();
        }
        catch (RuleException rule)
        {
            return From(rule);
        }
    }

    /// <summary>The problem with a page asked for, or null when <paramref name="skip"/> and <paramref name="take"/> are fine.</summary>
    public static ProblemHttpResult? BadPage(int? skip, int? take) =>
        skip is < 0 || take is < 1 or > Grains.Page<object>.MaxTake
            ? Create(StatusCodes.Status400BadRequest, ErrorCodes.InvalidArgument, $"skip is 0 or more; take runs from 1 to {Grains.Page<object>.MaxTake}.")
            : null;

    public static ProblemHttpResult Create(int status, string code, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, extensions: new Dictionary<string, object?> { ["code"] = code });
}
