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

    /// <summary>A participant's connection that has joined the session with the code.</summary>
    public static async Task<SessionClient> JoinedAsync(this HubApp app, string code, string name)
    {
        var client = await app.ConnectAsync();
        await client.JoinAsync(code, name);
        return client;
    }
}
