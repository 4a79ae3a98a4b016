namespace Hub.Grains.Events;

/// <summary>How much an event holds; the grain enforces them, and forms read them to say so up front.</summary>
public static class EventLimits
{
    public const int MaxTitleLength = 120;
    public const int MaxDescriptionLength = 4_000;
    public const int MaxTrackLength = 60;
    public const int MaxChallenges = 20;
    public const int MaxSessions = 50;
    public const int MaxOrganisers = 20;
}
