using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Hub.Web.Identity;

public static class IdentityApi
{
    public static IEndpointRouteBuilder MapIdentityApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/signin/{secret}", async (string secret, HttpContext context, LocalSignIn signIn) =>
        {
            if (!signIn.Matches(secret))
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, detail: "This sign-in link is not valid.");
            }

            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, LocalSignIn.Moderator("Moderator"));
            return Results.LocalRedirect("/moderator");
        });

        // The endpoint reads no form fields, so the framework would not enforce the token by itself.
        routes.MapPost("/signout", async (HttpContext context, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "The sign-out form has expired; reload the page.");
            }

            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect("/");
        });
        return routes;
    }
}
