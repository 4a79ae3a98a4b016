using Hub.Grains;
using Hub.Grains.Sessions;
using Microsoft.AspNetCore.SignalR;

namespace Hub.Web.Sessions;

/// <summary>Who a connection is: binding it to a session, and the checks every method starts with.</summary>
internal sealed partial class SessionHub
{
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
            throw SessionHubErrors.Error(ErrorCodes.Forbidden, "A room display cannot change the session.");
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
            : throw SessionHubErrors.Error(ErrorCodes.Forbidden, "Only participants do this.");
    }

    /// <summary>A connection bound by <see cref="Moderate"/> whose account may still moderate the session.</summary>
    private async Task<SessionBinding> RequireModeratorAsync()
    {
        var binding = RequireBinding();
        if (binding.Role != SessionRole.Moderator)
        {
            throw SessionHubErrors.Error(ErrorCodes.Forbidden, "Only a moderator may do this.");
        }

        await RequireStillModeratorAsync(binding);
        return binding;
    }

    /// <summary>
    /// A connection's sign-in is fixed when it opens, so every moderator call asks the session again
    /// whether the account may moderate it: a role taken away, or an account erased, counts at the
    /// next call, as `unauthorized` (the session itself refuses a direct call with `forbidden`).
    /// </summary>
    private async Task RequireStillModeratorAsync(SessionBinding binding)
    {
        if (Guid.TryParse(binding.Actor.ModeratorId, out var accountId) && await Session(binding.SessionId).MayModerate(accountId))
        {
            return;
        }

        throw SessionHubErrors.Error(HubErrorCodes.Unauthorized, "You may no longer moderate this session.");
    }
}
