using System.CommandLine;
using Hub.LoadTest.Clients;
using Hub.LoadTest.Measurement;
using Hub.LoadTest.Scenarios;
using Hub.LoadTest.Targets;

namespace Hub.LoadTest.Commands;

/// <summary><c>run</c>: one scenario against a server that is already running.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        Option<string> url = new("--url") { Description = "The server's origin or hub URL, e.g. http://127.0.0.1:5180 (the Hub) or http://127.0.0.1:5190 (baseline-server).", Required = true };
        Option<string?> signIn = new("--signin") { Description = "The Hub's moderator sign-in link from its console; needed for the Hub." };
        Option<string> target = new("--target") { Description = "hub or baseline.", DefaultValueFactory = _ => "hub" };
        Option<string> scenario = new("--scenario") { Description = $"A standard scenario ({string.Join(", ", ScenarioCatalog.Standard.Select(s => s.Name))}) or a kind (ideas, crowd, sessions, snapshot); the options below change it.", Required = true };
        Option<int?> participants = new("--participants") { Description = "Participants per session." };
        Option<int?> sessions = new("--sessions") { Description = "Sessions (the sessions kind)." };
        Option<string?> ideaRate = new("--idea-rate") { Description = "Ideas per second over all sessions, or a rising list: 200,500,1000." };
        Option<double?> voteRate = new("--vote-rate") { Description = "Votes per second (the crowd kind)." };
        Option<double?> reconnectRate = new("--reconnect-rate") { Description = "Participants per second that drop their connection and come back with Rejoin." };
        Option<double?> senderShare = new("--sender-share") { Description = "Share of the participants that post (0–1); the others are the ones that reconnect." };
        Option<double?> stepSeconds = new("--step-seconds") { Description = "How long each rate step or part sends." };
        Option<int?> maxIdeas = new("--max-ideas-per-session") { Description = "The Hub's idea limit per session; a step sends at most this many less 100." };
        Option<int?> snapshotIdeas = new("--snapshot-ideas") { Description = "Ideas in the session before the joins (the snapshot kind)." };
        Option<int?> snapshotJoins = new("--snapshot-joins") { Description = "Joins to time (the snapshot kind)." };
        Option<int?> serverPid = new("--server-pid") { Description = "The server's process id, to sample its memory and CPU from /proc." };
        Option<bool> noWarmUp = new("--no-warm-up") { Description = "Skip the unreported warm-up run." };
        Option<string?> output = new("--out") { Description = "Also write the Markdown to this file." };

        var command = new Command("run", "Drives a running Hub (or the baseline server) with one scenario over real SignalR WebSockets.")
        {
            url, signIn, target, scenario, participants, sessions, ideaRate, voteRate, reconnectRate, senderShare, stepSeconds,
            maxIdeas, snapshotIdeas, snapshotJoins, serverPid, noWarmUp, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var preset = ScenarioCatalog.Find(parse.GetValue(scenario)!)
                ?? throw new ArgumentException($"No scenario is called \"{parse.GetValue(scenario)}\".");
            var options = preset with
            {
                Participants = parse.GetValue(participants) ?? preset.Participants,
                Sessions = parse.GetValue(sessions) ?? preset.Sessions,
                IdeaRates = parse.GetValue(ideaRate) is { } rates ? RateList.Parse(rates) : preset.IdeaRates,
                VoteRate = parse.GetValue(voteRate) ?? preset.VoteRate,
                ReconnectRate = parse.GetValue(reconnectRate) ?? preset.ReconnectRate,
                SenderShare = parse.GetValue(senderShare) ?? preset.SenderShare,
                StepDuration = parse.GetValue(stepSeconds) is { } seconds ? TimeSpan.FromSeconds(seconds) : preset.StepDuration,
                MaxIdeasPerSession = parse.GetValue(maxIdeas) ?? preset.MaxIdeasPerSession,
                SnapshotIdeas = parse.GetValue(snapshotIdeas) ?? preset.SnapshotIdeas,
                SnapshotJoins = parse.GetValue(snapshotJoins) ?? preset.SnapshotJoins,
                WarmUp = !parse.GetValue(noWarmUp),
            };
            var isHub = string.Equals(parse.GetValue(target), "hub", StringComparison.OrdinalIgnoreCase);
            return await RunAsync(options, new Uri(parse.GetValue(url)!), isHub, parse.GetValue(signIn), parse.GetValue(serverPid), parse.GetValue(output), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(ScenarioOptions options, Uri url, bool isHub, string? signIn, int? serverPid, string? output, CancellationToken cancellationToken)
    {
        var log = Console.Out;
        await using var usage = new UsageMonitor(serverPid);
        HubAdmin? admin = null;
        try
        {
            ScenarioTargets targets;
            if (isHub)
            {
                admin = new HubAdmin(new Uri(signIn ?? throw new ArgumentException("The Hub needs --signin, the moderator sign-in link it printed.")));
                await admin.SignInAsync(cancellationToken);
                targets = new ScenarioTargets(new HubTarget(admin, WithPath(url, "/hubs/session"), usage), null);
            }
            else
            {
                targets = new ScenarioTargets(null, new BaselineTarget(WithPath(url, Baseline.BroadcastHub.Path), usage));
            }

            log.WriteLine($"{options.Name} against {url}:");
            var result = await ScenarioRunner.RunAsync(options, targets, log, cancellationToken);
            var text = string.Join(Environment.NewLine,
                $"## {result.Name}",
                "",
                Markdown.Table(["measure", "goal", "measured", "verdict"], result.Checks.Select(c => (IReadOnlyList<string>)[c.Measure, c.Goal, c.Measured, c.Verdict])),
                $"Other processes took up to {Markdown.Cores(result.Disturbance)} cores during the measured windows.",
                "",
                result.Markdown);
            log.WriteLine();
            log.WriteLine(text);
            if (output is not null)
            {
                await File.WriteAllTextAsync(output, text, cancellationToken);
            }

            return 0;
        }
        finally
        {
            admin?.Dispose();
        }
    }

    /// <summary>Takes an origin or a full hub URL.</summary>
    private static Uri WithPath(Uri url, string hubPath) => url.AbsolutePath is "/" or "" ? new Uri(url, hubPath) : url;
}
