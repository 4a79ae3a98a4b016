namespace Hub.Web.Sessions;

/// <summary>Names of the SignalR groups a session's connections belong to.</summary>
public static class SessionGroups
{
    public static string All(Guid sessionId) => $"session:{sessionId:N}";
}
