using System.Globalization;
using System.Threading.Channels;

namespace Hub.Web.Identity;

/// <summary>
/// Sign-in links are looked up, issued and mailed after the sign-in page has answered, so that the
/// page answers as fast whether or not the address has an account and tells an observer nothing.
/// </summary>
public sealed partial class SignInLinkRequests(AccountRegistry accounts, ILogger<SignInLinkRequests> logger) : BackgroundService
{
    // Bounded, since a flood must not grow memory; the sign-in pages' rate limit comes first anyway.
    private readonly Channel<Request> _requests = Channel.CreateBounded<Request>(
        new BoundedChannelOptions(1_000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>Asks for a link to be mailed to the address, if it has an account, in the page's language.</summary>
    public void Enqueue(string email, string origin)
    {
        if (!_requests.Writer.TryWrite(new Request(email, origin, CultureInfo.CurrentUICulture)))
        {
            LogDropped(logger);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var request in _requests.Reader.ReadAllAsync(stoppingToken))
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = request.Culture;
            try
            {
                if (await accounts.FindByEmailAsync(request.Email) is { } account)
                {
                    await accounts.SendSignInLinkAsync(account, request.Origin, stoppingToken);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception);
            }
        }
    }

    private sealed record Request(string Email, string Origin, CultureInfo Culture);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A sign-in link could not be sent")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Too many sign-in links are waiting to be sent; a request was dropped")]
    private static partial void LogDropped(ILogger logger);
}
