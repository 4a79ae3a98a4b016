using System.Security.Claims;
using Hub.Grains;
using Hub.Grains.Events;
using Hub.Grains.Places;
using Hub.Grains.Sessions;
using Hub.Web.Identity;
using Hub.Web.RateLimits;
using Hub.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Web.Events;

/// <summary>
/// Events over HTTP. Moderators create them; organisers edit them, bring in other moderators as
/// organisers and open sessions on the agenda; anyone registers and checks in with the code shown
/// at the venue.
/// </summary>
internal static class EventsApi
{
    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/events").WithTags("Events");
        api.MapGet("/", SearchAsync)
            .WithName("SearchEvents").WithSummary("Searches events, a page at a time.");
        api.MapGet("/{id:guid}", GetAsync)
            .WithName("GetEvent").WithSummary("Reads one event.");
        api.MapPost("/", CreateAsync).RequireAuthorization(HubRoles.Moderator)
            .WithName("CreateEvent").WithSummary("Creates an event at a meeting place (moderators).");
        api.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization()
            .WithName("UpdateEvent").WithSummary("Changes an event you organise.");
        api.MapPost("/{id:guid}/organisers", AddOrganiserAsync).RequireAuthorization()
            .WithName("AddEventOrganiser").WithSummary("Adds an organiser to an event you organise.");
        api.MapDelete("/{id:guid}/organisers/{accountId:guid}", RemoveOrganiserAsync).RequireAuthorization()
            .WithName("RemoveEventOrganiser").WithSummary("Removes an organiser from an event you organise.");
        api.MapPost("/{id:guid}/sessions", AddSessionAsync).RequireAuthorization()
            .WithName("AddEventSession").WithSummary("Plans a session in an event you organise.");
        api.MapPost("/{id:guid}/registrations", RegisterAsync)
            .WithName("RegisterForEvent").WithSummary("Registers someone for an event.");
        api.MapPost("/{id:guid}/check-ins", CheckInAsync)
            .WithName("CheckInToEvent").WithSummary("Checks a registered person in at the door.");
        routes.MapGet("/events/{id:guid}/calendar.ics", CalendarAsync).WithTags("Events")
            .WithName("GetEventCalendar").WithSummary("The event as an iCalendar file.");
        routes.MapGet("/events/{id:guid}/check-in.svg", CheckInCodeAsync).RequireAuthorization().ExcludeFromDescription()
            .WithName("GetEventCheckInCode").WithSummary("An SVG QR code of the event's check-in address (organisers).");
        return routes;
    }

    private static async Task<Results<Ok<Page<EventSummary>>, ProblemHttpResult>> SearchAsync([AsParameters] EventSearch search, IGrainFactory grains, TimeProvider time) =>
        RuleProblems.BadPage(search.Skip, search.Take) is { } problem
            ? problem
            : TypedResults.Ok(await grains.GetGrain<IEventDirectoryGrain>(0).Search(search.ToQuery(time.GetUtcNow())));

    private static async Task<Results<Ok<EventView>, ProblemHttpResult>> GetAsync(Guid id, ClaimsPrincipal user, IGrainFactory grains) =>
        await grains.GetGrain<IEventGrain>(id).GetFor(user.AccountId()) is { } view ? TypedResults.Ok(view) : NotFound();

    private static Task<Results<Created<EventView>, ProblemHttpResult>> CreateAsync(EventDraft draft, ClaimsPrincipal user, IGrainFactory grains) =>
        RuleProblems.Try(async () =>
        {
            var created = await grains.GetGrain<IEventGrain>(Guid.NewGuid()).Create(user.RequireAccountId(), draft);
            return TypedResults.Created($"/api/events/{created.Id}", created);
        });

    private static Task<Results<Ok<EventView>, ProblemHttpResult>> UpdateAsync(Guid id, EventDraft draft, ClaimsPrincipal user, IGrainFactory grains) =>
        RuleProblems.Try(async () => TypedResults.Ok(await grains.GetGrain<IEventGrain>(id).Update(user.RequireAccountId(), draft)));

    private static Task<Results<Ok<EventView>, ProblemHttpResult>> AddOrganiserAsync(Guid id, NewOrganiser organiser, ClaimsPrincipal user, IGrainFactory grains) =>
        RuleProblems.Try(async () => TypedResults.Ok(await grains.GetGrain<IEventGrain>(id).AddOrganiserByEmail(user.RequireAccountId(), organiser.Email)));

    private static Task<Results<Ok<EventView>, ProblemHttpResult>> RemoveOrganiserAsync(Guid id, Guid accountId, ClaimsPrincipal user, IGrainFactory grains) =>
        RuleProblems.Try(async () => TypedResults.Ok(await grains.GetGrain<IEventGrain>(id).RemoveOrganiser(user.RequireAccountId(), accountId)));

    private static Task<Results<Ok<EventView>, ProblemHttpResult>> AddSessionAsync(Guid id, NewEventSession request, ClaimsPrincipal user, IGrainFactory grains) =>
        RuleProblems.Try(async () => TypedResults.Ok(await grains.GetGrain<IEventGrain>(id).StartSession(
            user.RequireAccountId(), new NewAgendaSession(request.ChallengeId, request.Title, request.Track, request.Settings ?? SessionSettings.Default, request.Anonymous))));

    private static async Task<Results<Ok<Registration>, ProblemHttpResult>> RegisterAsync(Guid id, HttpContext http, IGrainFactory grains, HubRateLimits limits) =>
        !limits.TryRegister(http.Connection.RemoteIpAddress)
            ? TooMany()
            : await RuleProblems.Try(async () => TypedResults.Ok(new Registration(await grains.GetGrain<IEventGrain>(id).Register())));

    private static async Task<Results<Ok<Attendance>, ProblemHttpResult>> CheckInAsync(Guid id, CheckIn checkIn, HttpContext http, IGrainFactory grains, HubRateLimits limits) =>
        !limits.TryRegister(http.Connection.RemoteIpAddress)
            ? TooMany()
            : await RuleProblems.Try(async () => TypedResults.Ok(new Attendance(await grains.GetGrain<IEventGrain>(id).CheckIn(checkIn.Code, checkIn.RegistrationId))));

    private static ProblemHttpResult TooMany() =>
        RuleProblems.Create(StatusCodes.Status429TooManyRequests, Sessions.HubErrorCodes.RateLimited, "Too many registrations from this network just now. Try again in a minute.");

    private static async Task<IResult> CalendarAsync(Guid id, HttpRequest request, IGrainFactory grains, PublicOrigin origin, TimeProvider time)
    {
        if (await grains.GetGrain<IEventGrain>(id).Get() is not { } view)
        {
            return NotFound();
        }

        var place = await grains.GetGrain<IMeetingPlaceGrain>(view.Draft.MeetingPlaceId).Get();
        var summary = new EventSummary(view.Id, view.Draft.Title, view.Draft.Start, view.Draft.End, view.Draft.MeetingPlaceId, view.Draft.ChallengeIds, view.OrganiserIds);
        var location = place is null ? "" : $"{place.Profile.Name}, {place.Profile.Address}";
        return TypedResults.Text(ICalendar.Write(view.Draft.Title, [(summary, location)], origin.For(request), time.GetUtcNow()), ICalendar.ContentType);
    }

    /// <summary>The QR code an organiser shows at the entrance; it leads to the check-in page.</summary>
    private static async Task<IResult> CheckInCodeAsync(Guid id, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains, PublicOrigin origin)
    {
        if (await grains.GetGrain<IEventGrain>(id).GetFor(user.AccountId()) is not { CheckInCode.Length: > 0 } view)
        {
            return TypedResults.Forbid();
        }

        return TypedResults.File(QrCodes.Svg($"{origin.For(request)}/events/{id}/check-in/{view.CheckInCode}"), "image/svg+xml");
    }

    private static ProblemHttpResult NotFound() =>
        RuleProblems.Create(StatusCodes.Status404NotFound, EventErrorCodes.EventNotFound, "There is no such event.");
}
