namespace Hub.Web.Cluster;

internal enum OrleansMode
{
    /// <summary>The silo runs inside the web process: one command starts everything.</summary>
    CoHosted,

    /// <summary>The web node is a client of a silo cluster found through ADO.NET clustering.</summary>
    Client,
}
