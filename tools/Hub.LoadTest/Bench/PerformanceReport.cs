using System.Text;
using Hub.LoadTest.Scenarios;
using static Hub.LoadTest.Scenarios.Markdown;

namespace Hub.LoadTest.Bench;

/// <summary>The Markdown report of one bench run: where, how, the goals met or not, and each scenario's figures.</summary>
public static class PerformanceReport
{
    public static string Write(MachineInfo machine, string storage, string commit, string command, DateTimeOffset date, TimeSpan elapsed, double otherLoad, IReadOnlyList<ScenarioResult> results, IReadOnlyList<string> problems)
    {
        var text = new StringBuilder();
        text.AppendLine("# Performance");
        text.AppendLine();
        text.AppendLine("Figures from one run of the load tool's `bench` command (`tools/Hub.LoadTest`). It starts the Hub's Release build and the bare SignalR broadcast server as child processes, drives them over real WebSocket connections on loopback, and writes this file. Run it again to refresh it; see [Benchmarks in the README](../README.md#benchmarks).");
        text.AppendLine();
        text.AppendLine("## Where and how");
        text.AppendLine();
        text.AppendLine(Table(["", ""],
        [
            ["date (UTC)", date.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)],
            ["CPU", $"{machine.Cpu}, {machine.Cores} cores"],
            ["memory", machine.Memory],
            ["OS", machine.OperatingSystem],
            [".NET", machine.Runtime],
            ["open files (soft / hard)", machine.FileLimit],
            ["Hub", $"Release build of commit `{commit}`, Development environment, one process (web and silo co-hosted), logging at Warning"],
            ["storage", storage],
            ["command", $"`{command}`"],
            ["bench took", $"{elapsed.TotalMinutes:0.0} min"],
            ["other load before the bench", $"{Cores(otherLoad)} cores busy (over 2 s before starting; each scenario waits up to a set time for the machine to be quiet and says how busy it was)"],
        ]));
        text.AppendLine("- The load tool, the Hub and the baseline server share the same cores. The tool's own CPU use and that of every other process on the machine are in the tables: when server, tool and others together near the core count, the figures say as much about the machine as about the server.");
        text.AppendLine("- Every scenario runs against a freshly started Hub with a fresh database, so each one's memory and CPU are its own. Each starts with an unreported warm-up where noted.");
        text.AppendLine("- Latencies are measured by one `Stopwatch` in the tool: from just before a client sends a post until a client's handler has the event. \"To all\" is, per idea, the time until the last other participant had it; \"per delivery\" counts each receiving participant separately. \"Fully delivered/s\" is the number of ideas that reached every participant, divided by the time from the first send to the last arrival.");
        text.AppendLine("- Sending is paced (an open loop): item k goes out at k / rate seconds whatever the server does, so a server that cannot keep up shows longer latencies and a lower delivered rate.");
        text.AppendLine("- Every client applies the stream by the rules of docs/protocol.md §5 and checks it: each connection's live events must be numbered one after another (else *out of order* or *live gaps*), no post may be applied twice (*duplicated*), and at the end every acknowledged idea must have reached every participant (*lost*). A *gap catch-up* is a `CatchUp` call the rules asked for; *snapshots* counts snapshots applied (one per join).");
        if (storage != "SQLite")
        {
            text.AppendLine("- The database server runs on the same machine as its own processes: its CPU is not in the server columns but in the rest of the machine's.");
        }

        text.AppendLine("- CPU is in cores (1.00 = one core busy for the whole window; the busiest second in parentheses). RSS is resident memory sampled every 200 ms. \"Clients received\" counts the bytes the tool's WebSockets received: what the server sent. \"Server stored\" is what the server process wrote to storage (/proc/[pid]/io `write_bytes`): the SQLite files; with PostgreSQL the database's own process writes instead, so it shows near zero. \"Rest of the machine\" is every other process and the kernel: CPU the servers and the tool did not get.");
        text.AppendLine();
        text.AppendLine("## Goals");
        text.AppendLine();
        text.AppendLine("The last column is the most CPU that other processes took in any measured window of the scenario: above a few tenths of a core, the machine, not only the server, shaped the figures.");
        text.AppendLine();
        text.AppendLine(Table(["scenario", "measure", "goal", "measured", "verdict", "rest of the machine, cores"],
            results.SelectMany(r => r.Checks.Select(c => (IReadOnlyList<string>)[c.Scenario, c.Measure, c.Goal, c.Measured, c.Verdict, Cores(r.Disturbance)]))));
        if (problems.Count > 0)
        {
            text.AppendLine("Scenarios that did not finish:");
            text.AppendLine();
            foreach (var problem in problems)
            {
                text.AppendLine($"- {problem}");
            }

            text.AppendLine();
        }

        foreach (var result in results)
        {
            text.AppendLine($"## {result.Name}");
            text.AppendLine();
            text.AppendLine(result.Markdown.TrimEnd());
            text.AppendLine();
        }

        return text.ToString();
    }
}
