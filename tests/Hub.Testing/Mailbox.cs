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
