namespace Hub.Web.Tests;

public static class HubAppConnections
{
    /// <summary>A started connection that records what the session sends it.</summary>
    public static async Task<SessionClient> ConnectAsync(this HubApp app, string? cookie = null)
    {
        var client = new SessionClient(app.CreateConnection(cookie));
        await client.Connection.StartAsync();
        return client;
    }
}
