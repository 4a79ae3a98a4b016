using System.ComponentModel.DataAnnotations;

namespace Hub.Grains.Retention;

/// <summary>
/// How long the Hub keeps what it no longer needs. Bound from <c>Hub:Retention</c>. A session goes
/// whole (ideas, names, votes, journal) a while after it opened; an account that has not signed in
/// for long is erased. Admin accounts are kept, so that the Hub always has someone to run it.
/// </summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Hub:Retention";

    public bool Enabled { get; set; } = true;

    [Range(1, 36_500)]
    public int SessionsAfterDays { get; set; } = 365;

    [Range(1, 36_500)]
    public int InactiveAccountsAfterDays { get; set; } = 730;

    /// <summary>How often the clean-up runs; Orleans reminders tick no faster than once a minute.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);
}
