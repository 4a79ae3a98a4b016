using System.ComponentModel.DataAnnotations;

namespace Hub.Web.RateLimits;

/// <summary>
/// How fast one network address may join and try join codes, and one participant (and one
/// address) may post, vote and report. Bound from <c>Hub:RateLimits</c>. The defaults let a whole
/// school behind one address join a session at once, and stop a script long before it finds a code
/// by guessing.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "Hub:RateLimits";

    public bool Enabled { get; set; } = true;

    [Range(1, 100_000)]
    public int JoinsPerAddressPerMinute { get; set; } = 300;

    /// <summary>Wrong or unknown join codes an address may try in ten minutes; then it waits.</summary>
    [Range(1, 100_000)]
    public int WrongCodesPerAddressPerTenMinutes { get; set; } = 30;

    [Range(1, 100_000)]
    public int IdeasPerParticipantPerMinute { get; set; } = 60;

    /// <summary>Casting and taking back votes together.</summary>
    [Range(1, 100_000)]
    public int VotesPerParticipantPerMinute { get; set; } = 120;

    [Range(1, 100_000)]
    public int ReportsPerParticipantPerMinute { get; set; } = 10;

    /// <summary>What one address may post in a minute: a full school hall at a fast pace.</summary>
    [Range(1, 1_000_000)]
    public int IdeasPerAddressPerMinute { get; set; } = 3_000;

    [Range(1, 1_000_000)]
    public int VotesPerAddressPerMinute { get; set; } = 6_000;

    [Range(1, 1_000_000)]
    public int ReportsPerAddressPerMinute { get; set; } = 300;

    /// <summary>Event registrations and check-ins from one address: a whole school class at the door.</summary>
    [Range(1, 100_000)]
    public int RegistrationsPerAddressPerMinute { get; set; } = 120;

    /// <summary>Sign-in page requests (asking for a link, using one) per address: an office at nine in the morning.</summary>
    [Range(1, 100_000)]
    public int SignInsPerAddressPerMinute { get; set; } = 120;
}
