namespace Hub.LoadTest.Bench;

/// <summary>How the bench starts the Hub.</summary>
/// <param name="RepositoryRoot">The folder of Hub.sln; the Hub runs from its Release build there.</param>
/// <param name="PostgreSql">An Npgsql connection string, or null for SQLite in a fresh folder.</param>
/// <param name="Settings">More configuration for the Hub, as environment variables (KEY=VALUE, e.g. Hub__Sessions__MaxIdeas=20000).</param>
public sealed record HubLaunch(string RepositoryRoot, string? PostgreSql, IReadOnlyList<string> Settings, string DataRoot)
{
    public string ContentRoot => Path.Combine(RepositoryRoot, "src", "Hub.Web");

    public string Assembly => Path.Combine(ContentRoot, "bin", "Release", "net10.0", "Hub.Web.dll");

    public string StorageName => PostgreSql is null ? "SQLite" : "PostgreSQL";
}
