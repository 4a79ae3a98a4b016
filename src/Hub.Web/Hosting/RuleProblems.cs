using Hub.Grains;
using Hub.Grains.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Web.Sessions;

/// <summary>ProblemDetails for session rules, with the same stable code the hub uses.</summary>
public static class SessionProblems
{
    public static ProblemHttpResult From(RuleException rule) => Create(rule.Code switch
    {
        SessionErrorCodes.SessionNotFound or SessionErrorCodes.IdeaNotFound or SessionErrorCodes.GroupNotFound => StatusCodes.Status404NotFound,
        SessionErrorCodes.Forbidden or SessionErrorCodes.NotAuthor => StatusCodes.Status403Forbidden,
        SessionErrorCodes.AlreadyExists or SessionErrorCodes.WrongPhase or SessionErrorCodes.SessionClosed => StatusCodes.Status409Conflict,
        SessionErrorCodes.StorageUnavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status400BadRequest,
    }, rule.Code, rule.Message);

    public static ProblemHttpResult Create(int status, string code, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, extensions: new Dictionary<string, object?> { ["code"] = code });
}
