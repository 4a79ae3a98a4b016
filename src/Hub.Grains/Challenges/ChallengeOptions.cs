using System.ComponentModel.DataAnnotations;

namespace Hub.Grains.Challenges;

/// <summary>
/// Bound from <c>Hub:Challenges</c>. A challenge's deadline reminder first ticks at the deadline and
/// then every <see cref="DeadlineCheckPeriod"/> until it has moved the challenge on: Orleans skips
/// ticks missed while the cluster was down, so a deadline that passed during a restart is caught
/// at most one period later.
/// </summary>
public sealed class ChallengeOptions
{
    public const string SectionName = "Hub:Challenges";

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan DeadlineCheckPeriod { get; set; } = TimeSpan.FromMinutes(1);
}
