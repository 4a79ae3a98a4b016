using System.Globalization;
using System.Runtime.InteropServices;

namespace Hub.LoadTest.Measurement;

/// <summary>Reads a process's CPU time and memory, and the machine's CPU time, from Linux's /proc.</summary>
public static partial class ProcFiles
{
    private const int ClockTicksName = 2; // _SC_CLK_TCK

    /// <summary>Units of utime and stime in /proc/[pid]/stat; 100 on nearly every Linux.</summary>
    public static readonly long ClockTicksPerSecond = ReadClockTicks();

    public static bool Exists(string pid) => File.Exists($"/proc/{pid}/stat");

    /// <summary>User plus system CPU time of a process, in seconds.</summary>
    public static double CpuSeconds(string pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // The command name is in parentheses and may hold spaces; fields are counted after it.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks / (double)ClockTicksPerSecond;
    }

    /// <summary>Resident memory now (VmRSS) and at its highest so far (VmHWM), in bytes.</summary>
    public static (long Rss, long Peak) Memory(string pid)
    {
        long rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kilobytes(line);
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line);
            }
        }

        return (rss, peak);
    }

    /// <summary>Bytes the process caused to be written to storage (/proc/[pid]/io write_bytes); socket traffic is not in it.</summary>
    public static long StoredBytes(string pid) =>
        File.ReadLines($"/proc/{pid}/io")
            .Where(line => line.StartsWith("write_bytes:", StringComparison.Ordinal))
            .Select(line => long.Parse(line[12..].Trim(), CultureInfo.InvariantCulture))
            .FirstOrDefault();

    /// <summary>The machine's busy and total CPU time over all cores, in clock ticks.</summary>
    public static (long Busy, long Total) Machine()
    {
        var line = File.ReadLines("/proc/stat").First(l => l.StartsWith("cpu ", StringComparison.Ordinal));
        var values = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var total = values.Take(8).Sum();
        var idle = values[3] + values[4];
        return (total - idle, total);
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;

    private static long ReadClockTicks()
    {
        try
        {
            var ticks = Sysconf(ClockTicksName);
            return ticks > 0 ? ticks : 100;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return 100;
        }
    }

    [LibraryImport("libc", EntryPoint = "sysconf")]
    private static partial long Sysconf(int name);
}
