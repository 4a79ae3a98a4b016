using System.ComponentModel.DataAnnotations;

namespace Hub.Web.Mail;

/// <summary>
/// How the Hub sends e-mail (sign-in links, invitations). Bound from <c>Hub:Mail</c>. Without an
/// <see cref="SmtpHost"/>, messages are written as .eml files to <see cref="PickupDirectory"/>,
/// so a local run needs no mail server and shows what it would have sent.
/// </summary>
public sealed class MailOptions
{
    public const string SectionName = "Hub:Mail";

    [Required]
    public string From { get; set; } = "Innovation Hub <noreply@innovationhub.localhost>";

    public string? SmtpHost { get; set; }

    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 587;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Relative paths are under the data directory.</summary>
    [Required]
    public string PickupDirectory { get; set; } = "mail";
}
