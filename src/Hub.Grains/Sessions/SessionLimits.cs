namespace Hub.Grains.Sessions;

/// <summary>
/// Input limits every entry point enforces. They are part of the public protocol
/// (docs/protocol.md), so change them there too.
/// </summary>
public static class SessionLimits
{
    public const int MaxIdeaLength = 500;
    public const int MaxCommentLength = 300;
    public const int MaxCommentsPerIdea = 100;
    public const int MaxDisplayNameLength = 40;
    public const int MaxGroupNameLength = 60;
    public const int MaxTitleLength = 120;
    public const int MaxGroupsPerSession = 200;
    public const int MaxVoteBudget = 50;
    public const int MaxPhaseSeconds = 4 * 60 * 60;
    public const int MaxReportThreshold = 50;

    /// <summary>The newest moderation entries a moderator's snapshot carries; the journal keeps them all.</summary>
    public const int ModerationLogInSnapshot = 200;
}
