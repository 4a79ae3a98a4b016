namespace Hub.Grains.Sessions;

/// <summary>How often a web node renews its subscription to a session it has connections in.</summary>
public static class SessionRenewal
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);
}
