using Hub.Grains.Accounts;
using Hub.Grains.Organisations;
using Hub.Grains.Storage;
using Microsoft.Extensions.Options;

namespace Hub.Grains.Challenges;

internal sealed partial class ChallengeGrain(
    [PersistentState("challenge", StorageNames.Hub)] IPersistentState<ChallengeState> store,
    IOptions<ChallengeOptions> options,
    TimeProvider time) : Grain, IChallengeGrain, IRemindable
{
    private const string DeadlineReminder = "deadline";

    private ChallengeState State => store.State;

    private Guid Id => this.GetPrimaryKey();

    public async Task<ChallengeView> Create(Guid actorId, Guid ownerId, ChallengeDraft draft)
    {
        if (State.Draft is not null)
        {
            throw new RuleException(ErrorCodes.AlreadyExists, "The challenge exists already.");
        }

        if (await GrainFactory.GetGrain<IOrganisationGrain>(ownerId).Get() is null)
        {
            throw new RuleException(OrganisationErrorCodes.OrganisationNotFound, "There is no such organisation.");
        }

        await RequireMemberAsync(actorId, [ownerId]);
        var clean = await CleanAsync(draft, ownerId, previousDeadline: null);
        State.OwnerId = ownerId;
        State.Draft = clean;
        State.Status = ChallengeStatus.Draft;
        State.CreatedAt = time.GetUtcNow();
        await SaveAsync();
        return View();
    }

    public Task<ChallengeView?> Get() => Task.FromResult(State.Draft is null ? null : View());

    public async Task<ChallengeView> Update(Guid actorId, ChallengeDraft draft)
    {
        RequireExists();
        await RequireMemberAsync(actorId, View().OwnerIds);
        if (State.Status == ChallengeStatus.Closed)
        {
            throw new RuleException(ChallengeErrorCodes.ChallengeClosed, "A closed challenge no longer changes.");
        }

        State.Draft = await CleanAsync(draft, State.OwnerId, State.Draft!.Deadline);
        await SaveAsync();
        await ScheduleDeadlineAsync();
        return View();
    }

    public async Task<ChallengeView> SetStatus(Guid actorId, ChallengeStatus status)
    {
        RequireExists();
        await RequireMemberAsync(actorId, View().OwnerIds);
        if (!Enum.IsDefined(status) || status <= State.Status)
        {
            throw new RuleException(ChallengeErrorCodes.StatusNotAllowed, $"A challenge moves forward only; it is {State.Status}.");
        }

        if (status.IsRunning() && State.Draft!.Deadline <= time.GetUtcNow())
        {
            throw new RuleException(ChallengeErrorCodes.DeadlineInThePast, "The deadline has passed; set a new one first.");
        }

        State.Status = status;
        await SaveAsync();
        await ScheduleDeadlineAsync();
        return View();
    }

    public async Task<bool> IsOwnedBy(Guid accountId) =>
        State.Draft is not null && await IsMemberAsync(accountId, View().OwnerIds);

    public Task<ChallengeView?> GetFor(Guid? readerId) =>
        State.Draft is null ? Task.FromResult<ChallengeView?>(null) : ReadableByAsync(readerId);

    public async Task<bool> MayModerate(Guid accountId) =>
        State.Draft is not null
        && await GrainFactory.GetGrain<IAccountGrain>(accountId).Get() is { } account
        && Moderates(account);

    public async Task RemoveSession(Guid sessionId)
    {
        if (State.Sessions.RemoveAll(s => s.SessionId == sessionId) > 0)
        {
            await store.WriteStateAsync();
        }
    }

    /// <summary>At the deadline an open challenge stops taking contributions and is evaluated.</summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != DeadlineReminder)
        {
            return;
        }

        if (State.Status.IsRunning() && State.Draft?.Deadline is { } deadline && deadline <= time.GetUtcNow())
        {
            State.Status = ChallengeStatus.Evaluating;
            await SaveAsync();
        }

        await ScheduleDeadlineAsync();
    }

    /// <summary>A reminder at the deadline while the challenge is running; none otherwise. Reminders outlive restarts.</summary>
    private async Task ScheduleDeadlineAsync()
    {
        if (State.Status.IsRunning() && State.Draft?.Deadline is { } deadline)
        {
            var due = deadline - time.GetUtcNow();
            await this.RegisterOrUpdateReminder(DeadlineReminder, due > TimeSpan.Zero ? due : TimeSpan.FromSeconds(1), options.Value.DeadlineCheckPeriod);
        }
        else if (await this.GetReminder(DeadlineReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private async Task<ChallengeDraft> CleanAsync(ChallengeDraft draft, Guid ownerId, DateTimeOffset? previousDeadline)
    {
        if (!Enum.IsDefined(draft.Kind))
        {
            throw new RuleException(ErrorCodes.InvalidArgument, "There is no such kind of challenge.");
        }

        if (draft.Deadline is { } deadline && deadline != previousDeadline && deadline <= time.GetUtcNow())
        {
            throw new RuleException(ChallengeErrorCodes.DeadlineInThePast, "The deadline must lie in the future.");
        }

        var coOwners = (draft.CoOwnerIds ?? []).Distinct().Where(id => id != ownerId).ToArray();
        if (coOwners.Length > ChallengeText.MaxCoOwners)
        {
            throw new RuleException(ErrorCodes.InvalidArgument, $"At most {ChallengeText.MaxCoOwners} co-owners.");
        }

        foreach (var coOwner in coOwners)
        {
            if (await GrainFactory.GetGrain<IOrganisationGrain>(coOwner).Get() is null)
            {
                throw new RuleException(OrganisationErrorCodes.OrganisationNotFound, "A co-owner is not an organisation of the Hub.");
            }
        }

        return new ChallengeDraft(
            UserText.Require(draft.Title, ChallengeText.MaxTitleLength, "title"),
            UserText.Require(draft.ProblemStatement, ChallengeText.MaxStatementLength, "problem statement"),
            string.IsNullOrWhiteSpace(draft.DesiredOutcome) ? "" : UserText.Require(draft.DesiredOutcome, ChallengeText.MaxStatementLength, "desired outcome"),
            ChallengeText.Tags(draft.Themes, "theme"),
            ChallengeText.Tags(draft.Needs, "need"),
            draft.Kind,
            draft.Deadline,
            coOwners);
    }

    /// <summary>A draft is not there for anyone but its owners.</summary>
    private async Task<ChallengeView?> ReadableByAsync(Guid? readerId) =>
        State.Status != ChallengeStatus.Draft || (readerId is { } reader && await IsOwnedBy(reader)) ? View() : null;

    private void RequireExists()
    {
        if (State.Draft is null)
        {
            throw new RuleException(ChallengeErrorCodes.ChallengeNotFound, "There is no such challenge.");
        }
    }

    private async Task RequireMemberAsync(Guid actorId, IEnumerable<Guid> organisations)
    {
        if (!await IsMemberAsync(actorId, organisations))
        {
            throw new RuleException(ChallengeErrorCodes.NotAnOwner, "Only members of the organisations behind the challenge may do this.");
        }
    }

    private async Task<bool> IsMemberAsync(Guid accountId, IEnumerable<Guid> organisations) =>
        await GrainFactory.GetGrain<IAccountGrain>(accountId).Get() is { } account && IsMember(account, organisations);

    private static bool IsMember(AccountView account, IEnumerable<Guid> organisations) =>
        account.IsAdmin || organisations.Any(account.Memberships.ContainsKey);

    /// <summary>The Hub's moderators, and the members of the organisations behind the challenge.</summary>
    private bool Moderates(AccountView account) => account.IsModerator || IsMember(account, View().OwnerIds);

    private async Task SaveAsync()
    {
        await store.WriteStateAsync();
        var draft = State.Draft!;
        await GrainFactory.GetGrain<IChallengeDirectoryGrain>(0).Update(new ChallengeSummary(
            Id, draft.Title, [.. View().OwnerIds], draft.ProblemStatement, draft.Themes, draft.Needs, draft.Kind, State.Status, draft.Deadline, State.CreatedAt));
    }

    private ChallengeView View() => new(Id, State.OwnerId, State.Draft!, State.Status, State.CreatedAt, [.. State.Sessions]);
}
