using System.ComponentModel.DataAnnotations;

namespace Hub.Web.Identity;

/// <summary>How long e-mailed links stay good. Bound from <c>Hub:Accounts</c>.</summary>
public sealed class AccountOptions
{
    public const string SectionName = "Hub:Accounts";

    /// <summary>A link someone asked for themselves is used at once, or not at all.</summary>
    [Range(1, 24 * 60)]
    public int SignInLinkMinutes { get; set; } = 15;

    /// <summary>An invitation may wait in an inbox over a weekend.</summary>
    [Range(1, 24 * 30)]
    public int InvitationLinkHours { get; set; } = 72;
}
