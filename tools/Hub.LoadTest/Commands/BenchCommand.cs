using System.CommandLine;
using Hub.LoadTest.Bench;
using Hub.LoadTest.Scenarios;

namespace Hub.LoadTest.Commands;

/// <summary><c>bench</c>: the standard scenarios against a freshly started Hub and the baseline, written up as a report.</summary>
public static class BenchCommand
{
    public static Command Create(string[] arguments)
    {
        Option<string?> postgres = new("--postgres") { Description = "An Npgsql connection string: run the Hub on PostgreSQL instead of SQLite." };
        Option<string> output = new("--out") { Description = "Where to write the report, relative to the repository.", DefaultValueFactory = _ => "docs/performance.md" };
        Option<string?> repository = new("--repo") { Description = "The repository (folder of Hub.sln); by default found from the current folder." };
        Option<string[]> hubEnv = new("--hub-env") { Description = "A setting for the Hub process as KEY=VALUE (an environment variable, e.g. Hub__Sessions__MaxIdeas=20000); repeat for more." };
        Option<string?> scenarios = new("--scenarios") { Description = $"Only these standard scenarios, comma-separated ({string.Join(", ", ScenarioCatalog.Standard.Select(s => s.Name))})." };
        Option<int> maxIdeas = new("--max-ideas-per-session") { Description = "The Hub's idea limit per session (Hub:Sessions:MaxIdeas), set on the Hub the bench starts; large enough that every rate step runs its full time.", DefaultValueFactory = _ => 50_000 };
        Option<double> quietCores = new("--quiet-cores") { Description = "Before each scenario, wait until other processes use at most this many cores…", DefaultValueFactory = _ => 0.3 };
        Option<double> quietWait = new("--quiet-wait") { Description = "…but no longer than this many seconds.", DefaultValueFactory = _ => 30 };

        var command = new Command("bench", "Starts the Hub (Release build) and the baseline server, runs the standard scenarios and writes docs/performance.md.")
        {
            postgres, output, repository, hubEnv, scenarios, maxIdeas, quietCores, quietWait,
        };
        command.SetAction((parse, cancellationToken) => BenchRunner.RunAsync(
            new BenchOptions(
                parse.GetValue(postgres),
                parse.GetValue(output)!,
                parse.GetValue(repository),
                parse.GetValue(hubEnv) ?? [],
                parse.GetValue(scenarios)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
                parse.GetValue(maxIdeas),
                parse.GetValue(quietCores),
                TimeSpan.FromSeconds(parse.GetValue(quietWait))),
            CommandText.Describe(arguments),
            Console.Out,
            cancellationToken));
        return command;
    }
}
