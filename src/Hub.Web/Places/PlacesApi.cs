using System.Security.Claims;
using Hub.Grains;
using Hub.Grains.Events;
using Hub.Grains.Places;
using Hub.Web.Events;
using Hub.Web.Identity;
using Hub.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Web.Places;

internal static class PlacesApi
{
    public static IEndpointRouteBuilder MapPlacesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/places").WithTags("Meeting places");
        api.MapGet("/", ListAsync)
            .WithName("ListPlaces").WithSummary("Lists the meeting places.");
        api.MapGet("/{id:guid}", GetAsync)
            .WithName("GetPlace").WithSummary("Reads one meeting place.");
        api.MapPost("/", CreateAsync).RequireAuthorization(HubRoles.Admin)
            .WithName("CreatePlace").WithSummary("Adds a meeting place (admins).");
        api.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(HubRoles.Admin)
            .WithName("UpdatePlace").WithSummary("Changes a meeting place (admins).");
        routes.MapGet("/places/{id:guid}/calendar.ics", CalendarAsync).WithTags("Meeting places")
            .WithName("GetPlaceCalendar").WithSummary("The events at a meeting place as an iCalendar file.");
        return routes;
    }

    private static async Task<Ok<IReadOnlyList<MeetingPlaceView>>> ListAsync(IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IMeetingPlaceDirectoryGrain>(0).List());

    private static async Task<Results<Ok<MeetingPlaceView>, ProblemHttpResult>> GetAsync(Guid id, IGrainFactory grains) =>
        await grains.GetGrain<IMeetingPlaceGrain>(id).Get() is { } place ? TypedResults.Ok(place) : NotFound();

    private static Task<Results<Created<MeetingPlaceView>, ProblemHttpResult>> CreateAsync(MeetingPlaceProfile profile, ClaimsPrincipal user, IGrainFactory grains) =>
        RuleProblems.Try(async () =>
        {
            var place = await grains.GetGrain<IMeetingPlaceGrain>(Guid.NewGuid()).Save(user.RequireAccountId(), profile);
            return TypedResults.Created($"/api/places/{place.Id}", place);
        });

    private static async Task<Results<Ok<MeetingPlaceView>, ProblemHttpResult>> UpdateAsync(Guid id, MeetingPlaceProfile profile, ClaimsPrincipal user, IGrainFactory grains) =>
        await grains.GetGrain<IMeetingPlaceGrain>(id).Get() is null
            ? NotFound()
            : await RuleProblems.Try(async () => TypedResults.Ok(await grains.GetGrain<IMeetingPlaceGrain>(id).Save(user.RequireAccountId(), profile)));

    /// <summary>The place's calendar: every event there, past and coming.</summary>
    private static async Task<IResult> CalendarAsync(Guid id, HttpRequest request, IGrainFactory grains, PublicOrigin origin, TimeProvider time)
    {
        if (await grains.GetGrain<IMeetingPlaceGrain>(id).Get() is not { } place)
        {
            return NotFound();
        }

        var events = await grains.GetGrain<IEventDirectoryGrain>(0).Search(new EventQuery(MeetingPlaceId: id, Take: Page<EventSummary>.MaxTake));
        var calendar = ICalendar.Write(place.Profile.Name, events.Items.Select(e => (e, place.Profile.Address)), origin.For(request), time.GetUtcNow());
        return TypedResults.Text(calendar, ICalendar.ContentType);
    }

    private static ProblemHttpResult NotFound() =>
        RuleProblems.Create(StatusCodes.Status404NotFound, EventErrorCodes.MeetingPlaceNotFound, "There is no such meeting place.");
}
