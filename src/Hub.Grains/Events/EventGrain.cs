using System.Security.Cryptography;
using Hub.Grains.Accounts;
using Hub.Grains.Challenges;
using Hub.Grains.Places;
using Hub.Grains.Storage;

namespace Hub.Grains.Events;

internal sealed partial class EventGrain(
    [PersistentState("event", StorageNames.Hub)] IPersistentState<EventState> store,
    TimeProvider time) : Grain, IEventGrain
{
    private EventState State => store.State;

    public async Task<EventView> Create(Guid actorId, EventDraft draft)
    {
        if (State.Draft is not null)
        {
            throw new RuleException(ErrorCodes.AlreadyExists, "The event exists already.");
        }

        if (await GrainFactory.GetGrain<IAccountGrain>(actorId).Get() is not { IsModerator: true })
        {
            throw new RuleException(EventErrorCodes.NotAnOrganiser, "Only a moderator may create an event.");
        }

        State.Draft = await CleanAsync(draft, previousStart: null);
        State.OrganiserIds = [actorId];
        State.CheckInCode = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        await SaveAsync();
        return View();
    }

    public Task<EventView?> Get() => Task.FromResult(State.Draft is null ? null : View());

    public async Task<EventView> Update(Guid actorId, EventDraft draft)
    {
        await RequireOrganiserAsync(actorId);
        State.Draft = await CleanAsync(draft, State.Draft!.Start);
        await SaveAsync();
        return View();
    }

    public async Task<bool> IsOrganisedBy(Guid accountId) =>
        State.Draft is not null
        && (State.OrganiserIds.Contains(accountId) || await GrainFactory.GetGrain<IAccountGrain>(accountId).Get() is { IsAdmin: true });

    public async Task<EventView?> GetFor(Guid? readerId) =>
        State.Draft is null ? null
        : readerId is { } reader && await IsOrganisedBy(reader) ? View()
        : View() with { CheckInCode = "" };

    public async Task<EventView> AddOrganiser(Guid actorId, Guid accountId)
    {
        await RequireOrganiserAsync(actorId);
        return await AddOrganiserAsync(accountId);
    }

    public async Task<EventView> AddOrganiserByEmail(Guid actorId, string? email)
    {
        // Only an organiser learns whether an address has an account: the organiser is checked first.
        await RequireOrganiserAsync(actorId);
        var accountId = await GrainFactory.GetGrain<IAccountDirectoryGrain>(0).FindByEmail(email ?? "")
            ?? throw new RuleException(AccountErrorCodes.AccountNotFound, "Nobody has an account with that e-mail address.");
        return await AddOrganiserAsync(accountId);
    }

    private async Task<EventView> AddOrganiserAsync(Guid accountId)
    {
        if (State.OrganiserIds.Contains(accountId))
        {
            return View();
        }

        if (State.OrganiserIds.Count >= EventLimits.MaxOrganisers)
        {
            throw new RuleException(ErrorCodes.InvalidArgument, $"An event has at most {EventLimits.MaxOrganisers} organisers.");
        }

        if (await GrainFactory.GetGrain<IAccountGrain>(accountId).Get() is not { IsModerator: true })
        {
            throw new RuleException(EventErrorCodes.NotAModerator, "Only a moderator can organise an event.");
        }

        State.OrganiserIds.Add(accountId);
        await SaveAsync();
        return View();
    }

    public async Task<EventView> RemoveOrganiser(Guid actorId, Guid accountId)
    {
        await RequireOrganiserAsync(actorId);
        if (!State.OrganiserIds.Contains(accountId))
        {
            return View();
        }

        if (State.OrganiserIds.Count == 1)
        {
            throw new RuleException(EventErrorCodes.LastOrganiser, "An event keeps at least one organiser.");
        }

        State.OrganiserIds.Remove(accountId);
        await SaveAsync();
        return View();
    }

    public async Task<Guid> Register()
    {
        RequireExists();
        var registration = Guid.NewGuid();
        State.Registrations.Add(registration);
        await store.WriteStateAsync();
        return registration;
    }

    public async Task<int> CheckIn(string code, Guid? registrationId)
    {
        RequireExists();
        if (!CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(code ?? ""), System.Text.Encoding.ASCII.GetBytes(State.CheckInCode)))
        {
            throw new RuleException(EventErrorCodes.WrongCheckInCode, "That check-in code is not this event's.");
        }

        // A registration counts once however often its holder scans; someone who just turned up counts as new.
        var attendee = registrationId is { } id && State.Registrations.Contains(id) ? id : Guid.NewGuid();
        if (State.CheckIns.Add(attendee))
        {
            await store.WriteStateAsync();
        }

        return State.CheckIns.Count;
    }

    private async Task<EventDraft> CleanAsync(EventDraft draft, DateTimeOffset? previousStart)
    {
        if (draft.End <= draft.Start)
        {
            throw new RuleException(EventErrorCodes.EndsBeforeItStarts, "An event ends after it starts.");
        }

        if (draft.Start != previousStart && draft.Start < time.GetUtcNow())
        {
            throw new RuleException(EventErrorCodes.StartsInThePast, "An event starts in the future.");
        }

        if (await GrainFactory.GetGrain<IMeetingPlaceGrain>(draft.MeetingPlaceId).Get() is null)
        {
            throw new RuleException(EventErrorCodes.MeetingPlaceNotFound, "There is no such meeting place.");
        }

        var challenges = (draft.ChallengeIds ?? []).Distinct().ToArray();
        if (challenges.Length > EventLimits.MaxChallenges)
        {
            throw new RuleException(ErrorCodes.InvalidArgument, $"An event links at most {EventLimits.MaxChallenges} challenges.");
        }

        foreach (var challenge in challenges)
        {
            if (await GrainFactory.GetGrain<IChallengeGrain>(challenge).Get() is null)
            {
                throw new RuleException(ChallengeErrorCodes.ChallengeNotFound, "A linked challenge does not exist.");
            }
        }

        return new EventDraft(
            UserText.Require(draft.Title, EventLimits.MaxTitleLength, "title"),
            string.IsNullOrWhiteSpace(draft.Description) ? "" : UserText.Require(draft.Description, EventLimits.MaxDescriptionLength, "description"),
            draft.MeetingPlaceId,
            draft.Start,
            draft.End,
            challenges);
    }

    private void RequireExists()
    {
        if (State.Draft is null)
        {
            throw new RuleException(EventErrorCodes.EventNotFound, "There is no such event.");
        }
    }

    private async Task RequireOrganiserAsync(Guid actorId)
    {
        RequireExists();
        if (!await IsOrganisedBy(actorId))
        {
            throw new RuleException(EventErrorCodes.NotAnOrganiser, "Only the event's organisers may do this.");
        }
    }

    private async Task SaveAsync()
    {
        await store.WriteStateAsync();
        var draft = State.Draft!;
        await GrainFactory.GetGrain<IEventDirectoryGrain>(0).Update(
            new EventSummary(this.GetPrimaryKey(), draft.Title, draft.Start, draft.End, draft.MeetingPlaceId, draft.ChallengeIds, [.. State.OrganiserIds]));
    }

    private EventView View() => new(
        this.GetPrimaryKey(), State.Draft!, [.. State.OrganiserIds], [.. State.Agenda], State.Registrations.Count, State.CheckIns.Count, State.CheckInCode);
}
