using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Hub.LoadTest.Bench;

/// <summary>What the figures were measured on.</summary>
public sealed record MachineInfo(string Cpu, int Cores, string Memory, string OperatingSystem, string Runtime, string FileLimit)
{
    public static MachineInfo Read()
    {
        var cpuinfo = TryRead("/proc/cpuinfo").Split('\n');
        var model = cpuinfo.FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
        var cores = cpuinfo.Count(l => l.StartsWith("processor", StringComparison.Ordinal));
        var memory = TryRead("/proc/meminfo").Split('\n').FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) is { } line
            ? $"{long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0 / 1024.0:0.0} GiB"
            : "unknown";
        var os = TryRead("/etc/os-release").Split('\n').FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?.Split('=', 2)[1].Trim('"') ?? RuntimeInformation.OSDescription;
        var kernel = TryRead("/proc/sys/kernel/osrelease").Trim();
        var limit = TryRead("/proc/self/limits").Split('\n').FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal)) is { } files
            ? string.Join(" / ", files.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(3).Take(2))
            : "unknown";
        return new MachineInfo(model, cores > 0 ? cores : Environment.ProcessorCount, memory, $"{os}, Linux {kernel}", RuntimeInformation.FrameworkDescription, limit);
    }

    /// <summary>The commit the Hub was built from, or "unknown" outside a git work tree.</summary>
    public static string Commit(string repository)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", ["-C", repository, "rev-parse", "--short", "HEAD"]) { RedirectStandardOutput = true, RedirectStandardError = true });
            var output = git!.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }

    private static string TryRead(string path) => File.Exists(path) ? File.ReadAllText(path) : "";
}
