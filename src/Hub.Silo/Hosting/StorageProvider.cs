namespace Hub.Silo.Hosting;

public enum StorageProvider
{
    /// <summary>One file in the data folder; single process, no server to install.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server; any number of silos.</summary>
    PostgreSql,
}
