using System.ComponentModel.DataAnnotations;

namespace Hub.Web.RateLimits;

/// <summary>
/// How fast one network address may join and try join codes, and one participant may post and
/// vote. Bound from <c>Hub:RateLimits</c>. The defaults let a whole school behind one address join
/// a session at once, and stop a script long before it finds a code by guessing.
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
}
