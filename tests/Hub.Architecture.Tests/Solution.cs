using System.Reflection;

namespace Hub.Architecture.Tests;

/// <summary>
/// The assemblies the rules read and the repository they come from. The folder that holds Hub.sln
/// is found by walking up from the test assembly, so the tests run from any build output.
/// </summary>
public static class Solution
{
    // By assembly name, not by a type in it, so that moving types around breaks nothing here.
    public static Assembly Grains { get; } = Assembly.Load("Hub.Grains");

    public static Assembly Silo { get; } = Assembly.Load("Hub.Silo");

    public static Assembly Web { get; } = Assembly.Load("Hub.Web");

    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Hub.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Hub.sln.");
    }
}
