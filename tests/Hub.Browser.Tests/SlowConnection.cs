using System.Text.RegularExpressions;

namespace Hub.Browser.Tests;

/// <summary>
/// Sits between a page and the session hub's WebSocket and, while held, keeps what the server
/// sends back from the page: a slow mobile network, made deterministic.
/// </summary>
public sealed partial class SlowConnection
{
    private readonly Lock _gate = new();
    private readonly List<string> _held = [];
    private IWebSocketRoute? _page;
    private bool _holding;
    private TaskCompletionSource _answerHeld = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SlowConnection()
    {
    }

    /// <summary>Routes the page's session hub connection; call before the page opens it.</summary>
    public static async Task<SlowConnection> RouteAsync(IPage page)
    {
        var connection = new SlowConnection();
        await page.RouteWebSocketAsync(SessionHubAddress(), route =>
        {
            connection._page = route;
            route.ConnectToServer().OnMessage(frame => connection.FromServer(frame.Text ?? string.Empty));
        });
        return connection;
    }

    /// <summary>Completes when the answer to an invocation is being kept from the page.</summary>
    public Task AnswerHeld => _answerHeld.Task;

    public void Hold()
    {
        lock (_gate)
        {
            _holding = true;
            _answerHeld = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>Lets everything held through, in the order the server sent it.</summary>
    public void Release()
    {
        lock (_gate)
        {
            _holding = false;
            foreach (var text in _held)
            {
                _page!.Send(text);
            }

            _held.Clear();
        }
    }

    private void FromServer(string text)
    {
        lock (_gate)
        {
            if (!_holding)
            {
                _page!.Send(text);
                return;
            }

            _held.Add(text);
            if (CompletionMessage().IsMatch(text))
            {
                _answerHeld.TrySetResult();
            }
        }
    }

    [GeneratedRegex("/hubs/session")]
    private static partial Regex SessionHubAddress();

    // SignalR's JSON protocol marks the answer to an invocation as message type 3.
    [GeneratedRegex("\"type\":3[,}]")]
    private static partial Regex CompletionMessage();
}
