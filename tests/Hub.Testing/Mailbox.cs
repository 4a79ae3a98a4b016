using System.Text.RegularExpressions;
using Hub.Web.Mail;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Hub.Testing;

/// <summary>The mail a Hub without an SMTP server wrote to its pickup directory.</summary>
public static partial class Mailbox
{
    public static IReadOnlyList<MimeMessage> MessagesTo(this HubApp app, string address)
    {
        var directory = app.Services.GetRequiredService<MailSender>().PickupDirectory;
        return !Directory.Exists(directory)
            ? []
            : Directory.GetFiles(directory, "*.eml")
                .Order(StringComparer.Ordinal)
                .Select(path => MimeMessage.Load(path))
                .Where(m => m.To.Mailboxes.Any(to => string.Equals(to.Address, address, StringComparison.OrdinalIgnoreCase)))
                .ToArray();
    }

    /// <summary>Waits until a message to the address has arrived, for mail the Hub sends after it answered.</summary>
    public static async Task<MimeMessage> MailToAsync(this HubApp app, string address)
    {
        var directory = app.Services.GetRequiredService<MailSender>().PickupDirectory;
        Directory.CreateDirectory(directory);
        using var arrived = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(directory);
        watcher.Created += (_, _) => arrived.Release();
        watcher.Renamed += (_, _) => arrived.Release();
        watcher.EnableRaisingEvents = true;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        // Looking after the watcher started means no message can slip between the look and the wait.
        while (true)
        {
            if (app.MessagesTo(address) is [.., var newest])
            {
                return newest;
            }

            await arrived.WaitAsync(timeout.Token);
        }
    }

    /// <summary>The path and query of the sign-in link in the newest message to the address.</summary>
    public static string LatestSignInLink(this HubApp app, string address)
    {
        var message = app.MessagesTo(address) is [.., var newest] ? newest : throw new InvalidOperationException($"No mail to {address}.");
        var link = SignInLink().Match(message.TextBody ?? "");
        return link.Success ? new Uri(link.Value).PathAndQuery : throw new InvalidOperationException($"No sign-in link in: {message.TextBody}");
    }

    [GeneratedRegex(@"https?://\S+/sign-in/link\?\S+")]
    private static partial Regex SignInLink();
}
