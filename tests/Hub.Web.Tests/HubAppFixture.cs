namespace Hub.Web.Tests;

/// <summary>One running Hub shared by the tests of a collection.</summary>
public sealed class HubAppFixture : IAsyncLifetime
{
    public HubApp App { get; } = HubApp.InNewFolder();

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
