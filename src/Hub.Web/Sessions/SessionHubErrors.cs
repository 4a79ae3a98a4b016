using Hub.Grains.Sessions;
using Microsoft.AspNetCore.SignalR;

namespace Hub.Web.Sessions;

/// <summary>
/// Turns every failure of a hub method into a typed <see cref="HubException"/> whose message
/// starts with a stable code ("wrong_phase: ..."), the form docs/protocol.md promises clients.
/// </summary>
public sealed partial class SessionHubErrors(ILogger<SessionHubErrors> logger) : IHubFilter
{
    public static HubException Error(string code, string message) => new($"{code}: {message}");

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(context);
        }
        catch (SessionRuleException rule)
        {
            throw Error(rule.Code, rule.Message);
        }
        catch (HubException)
        {
            throw;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFailed(logger, exception, context.HubMethodName);
            throw Error(HubErrorCodes.Unavailable, "The Hub could not complete that just now. Try again.");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Hub method {Method} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string method);
}
