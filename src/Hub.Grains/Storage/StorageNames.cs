namespace Hub.Grains.Storage;

/// <summary>The grain storage providers the silo must configure.</summary>
public static class StorageNames
{
    public const string Hub = "hub";
}
