using Hub.Silo.Hosting;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Hub.Web.Mail;

/// <summary>Sends plain-text mail over SMTP, or drops it in the pickup directory when no server is set.</summary>
public sealed partial class MailSender(
    IOptions<MailOptions> options, IOptions<HubStorageOptions> storage, IHostEnvironment environment, TimeProvider time, ILogger<MailSender> logger)
{
    private readonly MailOptions _options = options.Value;

    /// <summary>Where messages go when there is no SMTP server; tests read them from here.</summary>
    public string PickupDirectory => Path.GetFullPath(
        _options.PickupDirectory,
        Path.GetFullPath(storage.Value.DataDirectory, environment.ContentRootPath));

    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(_options.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };

        if (string.IsNullOrEmpty(_options.SmtpHost))
        {
            Directory.CreateDirectory(PickupDirectory);
            var path = Path.Combine(PickupDirectory, $"{time.GetUtcNow():yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");

            // Written aside and then renamed, so that whoever picks messages up never reads half of one.
            var writing = path + ".part";
            await message.WriteToAsync(writing, cancellationToken);
            File.Move(writing, path);
            LogWritten(logger, path);
            return;
        }

        using var client = new SmtpClient();
        await client.ConnectAsync(_options.SmtpHost, _options.SmtpPort, SecureSocketOptions.StartTlsWhenAvailable, cancellationToken);
        if (!string.IsNullOrEmpty(_options.UserName))
        {
            await client.AuthenticateAsync(_options.UserName, _options.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No SMTP server is configured; the message was written to {Path}")]
    private static partial void LogWritten(ILogger logger, string path);
}
