namespace Hub.Grains.Challenges;

/// <summary>Where a challenge stands in its lifecycle, written once for every feature that asks.</summary>
public static class ChallengeLifecycle
{
    /// <summary>
    /// Open or in progress: the challenge takes contributions and new sessions, and its deadline
    /// is watched. A draft has not started yet; an evaluating or closed one has stopped taking part.
    /// </summary>
    public static bool IsRunning(this ChallengeStatus status) => status is ChallengeStatus.Open or ChallengeStatus.InProgress;
}
