namespace Hub.Grains.Sessions;

/// <summary>The phases a moderator steers a session through, in their natural order.</summary>
[GenerateSerializer, Alias("Hub.SessionPhase")]
public enum SessionPhase
{
    Lobby = 0,
    Ideate = 1,
    Group = 2,
    Vote = 3,
    Results = 4,
    Closed = 5,
}
