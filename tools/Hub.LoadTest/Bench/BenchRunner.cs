using System.Diagnostics;
using Hub.LoadTest.Clients;
using Hub.LoadTest.Measurement;
using Hub.LoadTest.Scenarios;
using Hub.LoadTest.Targets;

namespace Hub.LoadTest.Bench;

/// <summary>
/// Runs the standard scenarios, each against a freshly started Hub (and the baseline server where
/// it compares), and writes the report.
/// </summary>
public static class BenchRunner
{
    public static async Task<int> RunAsync(BenchOptions options, string command, TextWriter log, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var date = TimeProvider.System.GetUtcNow();
        var root = options.RepositoryRoot ?? FindRepository(Environment.CurrentDirectory)
            ?? throw new InvalidOperationException("Run bench inside the repository (the folder of Hub.sln), or pass --repo.");
        var dataRoot = Path.Combine(Path.GetTempPath(), $"hub-bench-{date:yyyyMMdd-HHmmss}");
        var launch = new HubLaunch(root, options.PostgreSql, [$"Hub__Sessions__MaxIdeas={options.MaxIdeasPerSession}", "Hub__RateLimits__Enabled=false", .. options.HubSettings], dataRoot);
        var scenarios = ScenarioCatalog.Standard
            .Where(s => options.Scenarios.Count == 0 || options.Scenarios.Contains(s.Name, StringComparer.OrdinalIgnoreCase))
            .Select(s => s with { MaxIdeasPerSession = options.MaxIdeasPerSession })
            .ToArray();

        var machine = MachineInfo.Read();
        var otherLoad = await QuietMachine.WaitAsync(0, TimeSpan.Zero, cancellationToken);
        log.WriteLine($"bench: {machine.Cpu}, {machine.Cores} cores, {machine.Memory}; storage {launch.StorageName}; open files {machine.FileLimit}; {Scenarios.Markdown.Cores(otherLoad)} cores busy before starting");
        var results = new List<ScenarioResult>();
        var problems = new List<string>();
        await using (var baseline = scenarios.Any(ScenarioRunner.UsesBaseline) ? await BaselineProcess.StartAsync(cancellationToken) : null)
        {
            foreach (var scenario in scenarios)
            {
                var before = await QuietMachine.WaitAsync(options.QuietCores, options.QuietWait, cancellationToken);
                log.WriteLine($"{scenario.Name}: ({Scenarios.Markdown.Cores(before)} cores busy before it)");
                try
                {
                    var result = await RunScenarioAsync(scenario, launch, baseline, log, cancellationToken);
                    results.Add(result with { Markdown = $"Other processes kept {Scenarios.Markdown.Cores(before)} cores busy just before this scenario started.{Environment.NewLine}{Environment.NewLine}{result.Markdown}" });
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    log.WriteLine($"  failed: {exception}");
                    problems.Add($"{scenario.Name}: {exception.GetType().Name}: {exception.Message.ReplaceLineEndings(" ")}");
                }
            }
        }

        TryDelete(dataRoot);
        var report = PerformanceReport.Write(machine, launch.StorageName, MachineInfo.Commit(root), command, date, Stopwatch.GetElapsedTime(started), otherLoad, results, problems);
        var output = Path.GetFullPath(options.Output, root);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await File.WriteAllTextAsync(output, report, cancellationToken);
        log.WriteLine();
        log.WriteLine(report);
        log.WriteLine($"Written to {output}");
        return problems.Count == 0 ? 0 : 1;
    }

    private static async Task<ScenarioResult> RunScenarioAsync(ScenarioOptions scenario, HubLaunch launch, BaselineProcess? baselineProcess, TextWriter log, CancellationToken cancellationToken)
    {
        await using var hub = await HubProcess.StartAsync(launch, scenario.Name, cancellationToken);
        using var admin = new HubAdmin(hub.SignIn);
        await admin.SignInAsync(cancellationToken);
        await using var hubUsage = new UsageMonitor(hub.Pid);
        UsageMonitor? baselineUsage = null;
        try
        {
            ILoadTarget? baseline = null;
            if (baselineProcess is not null && ScenarioRunner.UsesBaseline(scenario))
            {
                baselineUsage = new UsageMonitor(baselineProcess.Pid);
                baseline = new BaselineTarget(baselineProcess.HubUrl, baselineUsage);
            }

            var targets = new ScenarioTargets(new HubTarget(admin, new Uri(hub.Origin, "/hubs/session"), hubUsage), baseline);
            return await ScenarioRunner.RunAsync(scenario, targets, log, cancellationToken);
        }
        finally
        {
            if (baselineUsage is not null)
            {
                await baselineUsage.DisposeAsync();
            }
        }
    }

    private static string? FindRepository(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Hub.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A temp folder left behind costs nothing that matters.
        }
    }
}
