using System.Security.Claims;
using Hub.Grains.Sessions;
using Hub.Web.Identity;
using Hub.Web.RateLimits;
using Microsoft.AspNetCore.SignalR;

namespace Hub.Web.Sessions;

/// <summary>
/// The live session protocol (docs/protocol.md). A connection first binds to one session by
/// joining, rejoining, moderating or watching; every other method acts on that session.
/// </summary>
public sealed class SessionHub(IGrainFactory grains, SessionFanout fanout, ParticipantTokens tokens, HubRateLimits limits, JoinCodeLookup codes) : Microsoft.AspNetCore.SignalR.Hub
{
    public const string Path = "/hubs/session";
    public const string EventsMethod = "events";

    /// <summary>Sent to a participant's connections when a moderator removed them; they receive nothing more.</summary>
    public const string RemovedMethod = "removed";
    private const string BindingKey = "binding";

    public async Task<JoinResult> Join(string code, string displayName)
    {
        if (!limits.TryJoin(Address))
        {
            throw SessionHubErrors.Error(HubErrorCodes.RateLimited, "Too many people joined from this network just now. Try again in a minute.");
        }

        var sessionId = await ResolveCodeAsync(code);
        var receipt = await Session(sessionId).Join(displayName);
        var actor = SessionActor.Participant(receipt.ParticipantId);
        await BindAsync(new SessionBinding(sessionId, actor, SessionRole.Participant));
        var snapshot = await Session(sessionId).GetSnapshot(actor);
        return new JoinResult(tokens.Issue(new ParticipantToken(sessionId, receipt.ParticipantId)), snapshot);
    }

    public async Task<SessionCatchUp> Rejoin(string token, Guid? epoch, long afterSeq)
    {
        if (!tokens.TryRead(token, out var participant))
        {
            throw SessionHubErrors.Error(HubErrorCodes.InvalidToken, "The rejoin token is not valid; join again with the code.");
        }

        var actor = SessionActor.Participant(participant.ParticipantId);
        await BindAsync(new SessionBinding(participant.SessionId, actor, SessionRole.Participant));
        return await Session(participant.SessionId).CatchUp(actor, epoch ?? Guid.Empty, afterSeq);
    }

    public async Task<SessionCatchUp> Moderate(Guid sessionId, Guid? epoch, long afterSeq)
    {
        var user = Context.User ?? new ClaimsPrincipal();
        if (user.AccountId() is not { } accountId)
        {
            throw SessionHubErrors.Error(HubErrorCodes.Unauthorized, "Sign in as a moderator first.");
        }

        if (await Session(sessionId).GetInfo() is not { } info)
        {
            throw SessionHubErrors.Error(SessionErrorCodes.SessionNotFound, "There is no such session.");
        }

        if (!await grains.MayModerateAsync(accountId, info))
        {
            throw SessionHubErrors.Error(HubErrorCodes.Unauthorized, "Sign in as a moderator first.");
        }

        var actor = SessionActor.Moderator(accountId.ToString(), user.Identity?.Name);

        await BindAsync(new SessionBinding(sessionId, actor, SessionRole.Moderator));
        return await Session(sessionId).CatchUp(actor, epoch ?? Guid.Empty, afterSeq);
    }

    public async Task<SessionCatchUp> Watch(string code, Guid? epoch, long afterSeq)
    {
        var sessionId = await ResolveCodeAsync(code);
        var viewer = new SessionActor(null, null);
        await BindAsync(new SessionBinding(sessionId, viewer, SessionRole.Viewer));
        return await Session(sessionId).CatchUp(viewer, epoch ?? Guid.Empty, afterSeq);
    }

    /// <summary>Fills a gap the client noticed in the sequence numbers.</summary>
    public Task<SessionCatchUp> CatchUp(Guid epoch, long afterSeq)
    {
        var binding = RequireBinding();
        return Session(binding.SessionId).CatchUp(binding.Actor, epoch, afterSeq);
    }

    public Task<IdeaView> PostIdea(string text)
    {
        var (sessionId, participantId) = RequireParticipant();
        RequireRate(limits.TryPost(participantId, Address), "You are posting faster than anyone can read. Wait a moment.");
        return Session(sessionId).PostIdea(participantId, text);
    }

    public Task EditIdea(Guid ideaId, string text)
    {
        var (sessionId, participantId) = RequireParticipant();
        return Session(sessionId).EditIdea(participantId, ideaId, text);
    }

    public Task DeleteIdea(Guid ideaId)
    {
        var (sessionId, participantId) = RequireParticipant();
        return Session(sessionId).DeleteIdea(participantId, ideaId);
    }

    public Task<VoteReceipt> CastVote(Guid ideaId)
    {
        var (sessionId, participantId) = RequireParticipant();
        RequireRate(limits.TryVote(participantId, Address), "You are voting faster than the count can follow. Wait a moment.");
        return Session(sessionId).CastVote(participantId, ideaId);
    }

    public Task<VoteReceipt> RetractVote(Guid ideaId)
    {
        var (sessionId, participantId) = RequireParticipant();
        RequireRate(limits.TryVote(participantId, Address), "You are voting faster than the count can follow. Wait a moment.");
        return Session(sessionId).RetractVote(participantId, ideaId);
    }

    /// <summary>Reports an idea to the moderators; enough reports hide it until one of them looks.</summary>
    public Task ReportIdea(Guid ideaId)
    {
        var (sessionId, participantId) = RequireParticipant();
        RequireRate(limits.TryReport(participantId, Address), "You have reported many ideas just now. Tell a moderator in the room.");
        return Session(sessionId).ReportIdea(participantId, ideaId);
    }

    /// <summary>Everything the session holds about the calling participant.</summary>
    public Task<ParticipantExport> ExportMyData()
    {
        var (sessionId, participantId) = RequireParticipant();
        return Session(sessionId).ExportParticipant(participantId);
    }

    /// <summary>Erases the caller's part in the session; the connection stays, but as nobody.</summary>
    public async Task EraseMyContributions()
    {
        var (sessionId, participantId) = RequireParticipant();
        await Session(sessionId).EraseParticipant(participantId);
    }

    public async Task ApproveIdea(Guid ideaId)
    {
        var binding = await RequireModeratorAsync();
        await Session(binding.SessionId).ApproveIdea(binding.Actor, ideaId);
    }

    public async Task RemoveAuthor(Guid ideaId, bool hideIdeas)
    {
        var binding = await RequireModeratorAsync();
        await Session(binding.SessionId).RemoveAuthor(binding.Actor, ideaId, hideIdeas);
    }

    public async Task<GroupView> CreateGroup(string name)
    {
        var binding = await RequireActorAsync();
        return await Session(binding.SessionId).CreateGroup(binding.Actor, name);
    }

    public async Task RenameGroup(Guid groupId, string name)
    {
        var binding = await RequireActorAsync();
        await Session(binding.SessionId).RenameGroup(binding.Actor, groupId, name);
    }

    public async Task GroupIdea(Guid ideaId, Guid? groupId)
    {
        var binding = await RequireActorAsync();
        await Session(binding.SessionId).GroupIdea(binding.Actor, ideaId, groupId);
    }

    public async Task MergeGroups(Guid sourceGroupId, Guid targetGroupId)
    {
        var binding = await RequireActorAsync();
        await Session(binding.SessionId).MergeGroups(binding.Actor, sourceGroupId, targetGroupId);
    }

    public async Task SetPhase(SessionPhase phase, int? timerSeconds)
    {
        var binding = await RequireModeratorAsync();
        await Session(binding.SessionId).SetPhase(binding.Actor, phase, timerSeconds);
    }

    public async Task SetTimer(int? timerSeconds)
    {
        var binding = await RequireModeratorAsync();
        await Session(binding.SessionId).SetTimer(binding.Actor, timerSeconds);
    }

    public async Task HideIdea(Guid ideaId)
    {
        var binding = await RequireModeratorAsync();
        await Session(binding.SessionId).SetIdeaHidden(binding.Actor, ideaId, hidden: true);
    }

    public async Task RestoreIdea(Guid ideaId)
    {
        var binding = await RequireModeratorAsync();
        await Session(binding.SessionId).SetIdeaHidden(binding.Actor, ideaId, hidden: false);
    }

    public async Task UpdateSettings(SessionSettings settings)
    {
        var binding = await RequireModeratorAsync();
        await Session(binding.SessionId).UpdateSettings(binding.Actor, settings);
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await fanout.DetachAsync(Context.ConnectionId);
        await base.OnDisconnectedAsync(exception);
    }

    private ISessionGrain Session(Guid sessionId) => grains.GetGrain<ISessionGrain>(sessionId);

    /// <summary>The connection's network address, which join and code limits count by.</summary>
    private System.Net.IPAddress? Address => Context.GetHttpContext()?.Connection.RemoteIpAddress;

    private async Task<Guid> ResolveCodeAsync(string code)
    {
        var match = await codes.FindAsync(code, Address);
        return match.Outcome switch
        {
            JoinCodeOutcome.Found => match.SessionId,
            JoinCodeOutcome.LockedOut => throw SessionHubErrors.Error(HubErrorCodes.RateLimited, "Too many wrong codes from this network. Try again in ten minutes."),
            JoinCodeOutcome.NotACode => throw SessionHubErrors.Error(HubErrorCodes.InvalidCode, "That is not a join code."),
            _ => throw SessionHubErrors.Error(SessionErrorCodes.SessionNotFound, "No session has that join code."),
        };
    }

    private static void RequireRate(bool allowed, string message)
    {
        if (!allowed)
        {
            throw SessionHubErrors.Error(HubErrorCodes.RateLimited, message);
        }
    }

    /// <summary>
    /// Joins the session's group and counts presence before the caller reads the state, so that
    /// nothing published in between is missed; the client drops what it then sees twice.
    /// </summary>
    private async Task BindAsync(SessionBinding binding)
    {
        if (Context.Items.TryGetValue(BindingKey, out var value) && value is SessionBinding previous && previous == binding)
        {
            return;
        }

        Context.Items.Remove(BindingKey);
        await fanout.AttachAsync(Context.ConnectionId, binding, Context.ConnectionAborted);
        Context.Items[BindingKey] = binding;
    }

    /// <summary>The session this connection is bound to, if any.</summary>
    public static Guid? BoundSession(HubCallerContext context) =>
        context.Items.TryGetValue(BindingKey, out var value) && value is SessionBinding binding ? binding.SessionId : null;

    private SessionBinding RequireBinding() =>
        Context.Items.TryGetValue(BindingKey, out var value) && value is SessionBinding binding
            ? binding
            : throw SessionHubErrors.Error(HubErrorCodes.NotBound, "Join a session first.");

    private async Task<SessionBinding> RequireActorAsync()
    {
        var binding = RequireBinding();
        if (binding.Role == SessionRole.Viewer)
        {
            throw SessionHubErrors.Error(SessionErrorCodes.Forbidden, "A room display cannot change the session.");
        }

        if (binding.Role == SessionRole.Moderator)
        {
            await RequireStillModeratorAsync(binding);
        }

        return binding;
    }

    private (Guid SessionId, Guid ParticipantId) RequireParticipant()
    {
        var binding = RequireBinding();
        return binding.Actor.ParticipantId is { } participantId
            ? (binding.SessionId, participantId)
            : throw SessionHubErrors.Error(SessionErrorCodes.Forbidden, "Only participants do this.");
    }

    /// <summary>A connection bound by <see cref="Moderate"/> whose account may still moderate the session.</summary>
    private async Task<SessionBinding> RequireModeratorAsync()
    {
        var binding = RequireBinding();
        if (binding.Role != SessionRole.Moderator)
        {
            throw SessionHubErrors.Error(SessionErrorCodes.Forbidden, "Only a moderator may do this.");
        }

        await RequireStillModeratorAsync(binding);
        return binding;
    }

    /// <summary>
    /// A connection's sign-in is fixed when it opens, so every moderator call reads the account
    /// again: a role taken away, or an account erased, counts at the next call.
    /// </summary>
    private async Task RequireStillModeratorAsync(SessionBinding binding)
    {
        if (Guid.TryParse(binding.Actor.ModeratorId, out var accountId)
            && await Session(binding.SessionId).GetInfo() is { } info
            && await grains.MayModerateAsync(accountId, info))
        {
            return;
        }

        throw SessionHubErrors.Error(HubErrorCodes.Unauthorized, "You may no longer moderate this session.");
    }
}
