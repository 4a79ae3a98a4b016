using System.ComponentModel.DataAnnotations;

namespace Hub.Grains.Sessions;

/// <summary>
/// Session sizes an operator may raise for a large event. Bound from the <c>Hub:Sessions</c>
/// section; the other input limits are fixed in <see cref="SessionLimits"/>.
/// </summary>
public sealed class SessionOptions
{
    public const string SectionName = "Hub:Sessions";

    [Range(1, 1_000_000)]
    public int MaxIdeas { get; set; } = 5_000;

    [Range(1, 100_000)]
    public int MaxParticipants { get; set; } = 5_000;
}
