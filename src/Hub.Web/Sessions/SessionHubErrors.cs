using Hub.Grains;
using Microsoft.AspNetCore.SignalR;

namespace Hub.Web.Sessions;

/// <summary>
/// Turns every failure of a hub method into a typed <see cref="HubException"/> whose message
/// starts with a stable code ("wrong_phase: ..."), the form docs/protocol.md promises clients.
/// A failure that says the session's grain is away (its silo died, its storage refused a write)
/// also has this node renew its subscription at once, so that clients learn of the new epoch
/// as soon as the grain is back.
/// </summary>
internal sealed partial class SessionHubErrors(SessionFanout fanout, ILogger<SessionHubErrors> logger) : IHubFilter
{
    public static HubException Error(string code, string message) => new($"{code}: {message}");

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(context);
        }
        catch (RuleException rule)
        {
            if (rule.Code == ErrorCodes.StorageUnavailable)
            {
                RenewBoundSession(context);
            }

            throw Error(rule.Code, rule.Message);
        }
        catch (HubException)
        {
            throw;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFailed(logger, exception, context.HubMethodName);
            RenewBoundSession(context);
            throw Error(HubErrorCodes.Unavailable, "The Hub could not complete that just now. Try again.");
        }
    }

    private void RenewBoundSession(HubInvocationContext context)
    {
        if (SessionHub.BoundSession(context.Context) is { } sessionId)
        {
            fanout.RenewSoon(sessionId);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Hub method {Method} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string method);
}
