namespace Hub.Web.Sessions;

/// <summary>
/// The SignalR groups of a session. Every connection is in exactly one: moderators receive every
/// event whole, everyone else the events with what only moderators may see withheld.
/// </summary>
internal static class SessionGroups
{
    public static string Participants(Guid sessionId) => $"session:{sessionId:N}";

    public static string Moderators(Guid sessionId) => $"session:{sessionId:N}:moderators";

    public static string For(Guid sessionId, SessionRole role) =>
        role == SessionRole.Moderator ? Moderators(sessionId) : Participants(sessionId);
}
