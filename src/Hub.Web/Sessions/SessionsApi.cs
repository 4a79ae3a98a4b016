using System.Security.Claims;
using Hub.Grains.Challenges;
using Hub.Grains.JoinCodes;
using Hub.Grains.Sessions;
using Hub.Web.Identity;
using Hub.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Web.Sessions;

internal static class SessionsApi
{
    public static IEndpointRouteBuilder MapSessionsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/sessions").WithTags("Sessions");
        api.MapPost("/", LaunchAsync).RequireAuthorization(HubRoles.Moderator)
            .WithName("LaunchSession").WithSummary("Launches a live session on a challenge.");
        api.MapGet("/by-code/{code}", GetByCodeAsync)
            .WithName("GetSessionByCode").WithSummary("Finds the live session a join code opens.");
        routes.MapGet("/sessions/{code}/qr.svg", GetQrCode).WithTags("Sessions")
            .WithName("GetSessionQrCode").WithSummary("An SVG QR code of the address that joins the session.");
        return routes;
    }

    private static Task<Results<Created<LaunchedSession>, ProblemHttpResult>> LaunchAsync(
        LaunchSessionRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        RuleProblems.Try(async () =>
        {
            var (sessionId, info) = await grains.GetGrain<IChallengeGrain>(request.ChallengeId).StartSession(
                user.RequireAccountId(), new NewSession(request.Title, request.Venue ?? "", request.Settings ?? SessionSettings.Default, request.Anonymous));
            return TypedResults.Created($"/moderate/{sessionId}", new LaunchedSession(sessionId, info.JoinCode, info.Title, info.ChallengeTitle));
        });

    private static async Task<Results<Ok<SessionInfo>, ProblemHttpResult>> GetByCodeAsync(string code, IGrainFactory grains, JoinCodeLookup codes, HttpContext http)
    {
        var match = await codes.FindAsync(code, http.Connection.RemoteIpAddress);
        switch (match.Outcome)
        {
            case JoinCodeOutcome.LockedOut:
                return RuleProblems.Create(StatusCodes.Status429TooManyRequests, HubErrorCodes.RateLimited, "Too many wrong codes from this network. Try again in ten minutes.");
            case JoinCodeOutcome.NotACode:
                return RuleProblems.Create(StatusCodes.Status400BadRequest, HubErrorCodes.InvalidCode, "That is not a join code.");
        }

        if (match.Outcome != JoinCodeOutcome.Found || await grains.GetGrain<ISessionGrain>(match.SessionId).GetInfo() is not { } info)
        {
            return RuleProblems.Create(StatusCodes.Status404NotFound, SessionErrorCodes.SessionNotFound, "No session has that join code.");
        }

        return TypedResults.Ok(info);
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> GetQrCode(string code, HttpRequest request, PublicOrigin origin)
    {
        if (JoinCode.Normalize(code) is not { } normalized)
        {
            return RuleProblems.Create(StatusCodes.Status400BadRequest, HubErrorCodes.InvalidCode, "That is not a join code.");
        }

        return TypedResults.File(QrCodes.Svg($"{origin.For(request)}/s/{normalized}"), "image/svg+xml");
    }
}
