namespace Hub.Web.Tests;

/// <summary>One running Hub shared by the tests of a collection.</summary>
public sealed class HubAppFixture : IAsyncLifetime
{
    // The tests sign many people in from one address; RateLimitTests tries the sign-in limit itself.
    public HubApp App { get; } = HubApp.InNewFolder(new Dictionary<string, string?> { ["Hub:RateLimits:SignInsPerAddressPerMinute"] = "100000" });

    public Task InitializeAsync()
    {
        // Touching the server starts the host, the silo and the demo seeding.
        _ = App.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class HubAppCollection : ICollectionFixture<HubAppFixture>
{
    public const string Name = "hub-app";
}
