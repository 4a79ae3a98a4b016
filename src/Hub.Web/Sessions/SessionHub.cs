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
internal sealed partial class SessionHub(IGrainFactory grains, SessionFanout fanout, ParticipantTokens tokens, HubRateLimits limits, JoinCodeLookup codes) : Microsoft.AspNetCore.SignalR.Hub<ISessionClient>
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
        var receipt = await Session(sessionId).Join(displayName, BrowserMarks.For(Context.GetHttpContext(), sessionId));
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

        // The session decides who may moderate it; a connection joins the moderators' group only on its word.
        if (!await Session(sessionId).MayModerate(accountId))
        {
            throw SessionHubErrors.Error(HubErrorCodes.Unauthorized, "Sign in as a moderator first.");
        }

        var actor = SessionActor.Moderator(accountId.ToString());

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

    /// <summary>Posts an idea; the operation id makes a repeat answer the same and post nothing more.</summary>
    public Task<IdeaView> PostIdea(string text, Guid operationId)
    {
        var (sessionId, participantId) = RequireParticipant();
        RequireRate(limits.TryPost(participantId, Address), "You are posting faster than anyone can read. Wait a moment.");
        return Session(sessionId).PostIdea(participantId, text, operationId);
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

    public Task<CommentView> PostComment(Guid ideaId, string text, Guid operationId)
    {
        var (sessionId, participantId) = RequireParticipant();
        RequireRate(limits.TryPost(participantId, Address), "You are posting faster than anyone can read. Wait a moment.");
        return Session(sessionId).PostComment(participantId, ideaId, text, operationId);
    }

    public Task DeleteComment(Guid commentId)
    {
        var (sessionId, participantId) = RequireParticipant();
        return Session(sessionId).DeleteComment(participantId, commentId);
    }

    public Task<VoteReceipt> CastVote(Guid ideaId, Guid operationId)
    {
        var (sessionId, participantId) = RequireParticipant();
        RequireRate(limits.TryVote(participantId, Address), "You are voting faster than the count can follow. Wait a moment.");
        return Session(sessionId).CastVote(participantId, ideaId, operationId);
    }

    public Task<VoteReceipt> RetractVote(Guid ideaId, Guid operationId)
    {
        var (sessionId, participantId) = RequireParticipant();
        RequireRate(limits.TryVote(participantId, Address), "You are voting faster than the count can follow. Wait a moment.");
        return Session(sessionId).RetractVote(participantId, ideaId, operationId);
    }

    /// <summary>Reports an idea to the moderators; enough reports hide it until one of them looks.</summary>
    public Task ReportIdea(Guid ideaId, Guid operationId)
    {
        var (sessionId, participantId) = RequireParticipant();
        RequireRate(limits.TryReport(participantId, Address), "You have reported many ideas just now. Tell a moderator in the room.");
        return Session(sessionId).ReportIdea(participantId, ideaId, operationId);
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

    public async Task HideComment(Guid commentId)
    {
        var binding = await RequireModeratorAsync();
        await Session(binding.SessionId).SetCommentHidden(binding.Actor, commentId, hidden: true);
    }

    public async Task RestoreComment(Guid commentId)
    {
        var binding = await RequireModeratorAsync();
        await Session(binding.SessionId).SetCommentHidden(binding.Actor, commentId, hidden: false);
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
}
