using System.Security.Claims;
using System.Text.Json;
using Hub.Grains.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Hub.Web.Identity;

internal static class IdentityApi
{
    public static IEndpointRouteBuilder MapIdentityApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/signin/{secret}", async (string secret, HttpContext context, LocalSignIn signIn) =>
        {
            if (!signIn.Matches(secret))
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, detail: "This sign-in link is not valid.");
            }

            var account = await signIn.LocalAdminAsync();
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountPrincipal.Create(account));
            return Results.LocalRedirect("/moderator");
        })
            .WithName("SignInLocally").WithSummary("Signs in with the local run's one-time admin link.");

        // The endpoint reads no form fields, so the framework would not enforce the token by itself.
        routes.MapPost("/signout", async (HttpContext context, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "The sign-out form has expired; reload the page.");
            }

            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect("/");
        })
            .WithName("SignOut").WithSummary("Signs out.");

        routes.MapGet("/account/export", async (ClaimsPrincipal user, IGrainFactory grains, IOptions<JsonOptions> json) =>
        {
            var accountId = user.RequireAccountId();
            var export = await grains.GetGrain<IAccountGrain>(accountId).Export(accountId);
            var bytes = JsonSerializer.SerializeToUtf8Bytes(export, json.Value.SerializerOptions);
            return Results.File(bytes, "application/json", $"innovation-hub-account-{accountId:N}.json");
        }).RequireAuthorization()
            .WithName("ExportAccount").WithSummary("Everything the Hub holds about you, as JSON.");
        return routes;
    }
}
