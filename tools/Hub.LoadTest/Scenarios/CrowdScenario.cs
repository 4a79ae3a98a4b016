using System.Diagnostics;
using Hub.LoadTest.Clients;
using Hub.LoadTest.Measurement;
using Hub.LoadTest.Protocol;
using Hub.LoadTest.Targets;
using static Hub.LoadTest.Scenarios.Markdown;

namespace Hub.LoadTest.Scenarios;

/// <summary>
/// A thousand participants in one session. Ideas can only be posted in Ideate and votes cast only
/// in Vote, so the run has two consecutive parts in one session: ideas, then the moderator moves
/// the session to Vote and the same participants vote on those ideas.
/// </summary>
public static class CrowdScenario
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    public static async Task<ScenarioResult> RunAsync(ScenarioOptions options, ScenarioTargets targets, TextWriter log, CancellationToken cancellationToken)
    {
        var steps = new List<StepResult>();
        (TimeSpan Time, UsageWindow Usage)? joining = null;
        if (targets.Hub is { } hub)
        {
            joining = await RunHubAsync(hub, options, steps, log, cancellationToken);
        }

        if (targets.Baseline is { } baseline)
        {
            await RunBaselineAsync(baseline, options, steps, log, cancellationToken);
        }

        return new ScenarioResult(options.Name, Checks(options, steps), Describe(options, steps, joining), ScenarioResult.MostOther(steps));
    }

    private static async Task<(TimeSpan Time, UsageWindow Usage)> RunHubAsync(HubTarget hub, ScenarioOptions options, List<StepResult> steps, TextWriter log, CancellationToken cancellationToken)
    {
        var session = await hub.OpenSessionAsync(options.Name, WireSettings.Generous, "Ideate", cancellationToken);
        var counter = new DeliveryCounter();
        hub.Usage.Mark();
        var joining = Stopwatch.GetTimestamp();
        var participants = await session.JoinParticipantsAsync(options.Participants, 0, counter, trackVotes: true, cancellationToken);
        var joinTime = Stopwatch.GetElapsedTime(joining);
        var joinUsage = hub.Usage.Measure();
        log.WriteLine($"  Hub      {Number(participants.Count)} joined in {Seconds(joinTime)} s");
        try
        {
            await Task.Delay(Settle, cancellationToken);
            var rate = options.IdeaRates[0];
            IReadOnlyList<IIdeaClient> clients = participants;
            if (options.WarmUp)
            {
                await IdeaRun.RunAsync(new IdeaRun.Plan(hub.Name, "warm-up", rate, Pacer.CountFor(rate, TimeSpan.FromSeconds(1)), [clients], [clients], counter, hub.Usage), null, cancellationToken);
            }

            var (ideas, sent) = await IdeaRun.RunAsync(
                new IdeaRun.Plan(hub.Name, "ideas in Ideate", rate, options.IdeasPerStep(rate), [clients], [clients], counter, hub.Usage), null, cancellationToken);
            steps.Add(ideas);
            log.WriteLine($"  Hub      ideas: delivered {Number(ideas.Delivery.DeliveredRate)}/s, to all p99 {Ms(ideas.Delivery.ToAll.P99)} ms, {IdeasScenario.TextChecks(ideas)}");

            if (options.VoteRate > 0 && sent.Count > 0)
            {
                await session.SetPhaseAsync("Vote", cancellationToken);
                await Task.Delay(Settle, cancellationToken);
                var votes = await VoteAsync(hub, options, participants, sent.Select(i => i.Id).ToArray(), cancellationToken);
                steps.Add(votes);
                log.WriteLine($"  Hub      votes: totals to all p99 {Ms(votes.Delivery.ToAll.P99)} ms, {Number(votes.Checks.Lost)} totals wrong, {Failures(votes.Failures)} failed");
            }
        }
        finally
        {
            await IdeaRun.DisposeAllAsync(participants);
        }

        return (joinTime, joinUsage);
    }

    private static async Task<StepResult> VoteAsync(HubTarget hub, ScenarioOptions options, IReadOnlyList<HubParticipant> participants, Guid[] ideas, CancellationToken cancellationToken)
    {
        var rate = options.VoteRate;
        hub.Usage.Mark();
        var outcome = await Pacer.RunAsync(rate, Pacer.CountFor(rate, options.StepDuration), async k =>
        {
            var voter = participants[(int)(k % participants.Count)];
            var ideaId = ideas[Random.Shared.Next(ideas.Length)];
            var sentAt = Stopwatch.GetTimestamp();
            await voter.CastVoteAsync(ideaId, cancellationToken);
            return new SentVote(ideaId, voter.Index, sentAt, Stopwatch.GetTimestamp());
        }, cancellationToken);

        var expected = outcome.Acknowledged.GroupBy(v => v.IdeaId).ToDictionary(g => g.Key, g => g.Count());
        await Drain.UntilAsync(() => VoteAnalysis.Settled(expected, participants), (long)expected.Count * participants.Count, IdeaRun.Patience, cancellationToken, pollMilliseconds: 100);
        var usage = hub.Usage.Measure();
        var delivery = VoteAnalysis.Analyze(outcome.Acknowledged, participants);
        var wrong = VoteAnalysis.WrongTotals(expected, participants);
        return new StepResult(hub.Name, "votes in Vote", rate, participants.Count, outcome.Attempted, outcome.Acknowledged.Count, outcome.Failures,
            outcome.SendingTime, delivery, StreamChecks.From(participants, wrong), usage);
    }

    private static async Task RunBaselineAsync(ILoadTarget baseline, ScenarioOptions options, List<StepResult> steps, TextWriter log, CancellationToken cancellationToken)
    {
        var room = await baseline.OpenRoomAsync(options.Name, cancellationToken);
        var counter = new DeliveryCounter();
        var clients = await room.JoinAsync(options.Participants, 0, counter, cancellationToken);
        try
        {
            await Task.Delay(Settle, cancellationToken);
            var rate = options.IdeaRates[0];
            if (options.WarmUp)
            {
                await IdeaRun.RunAsync(new IdeaRun.Plan(baseline.Name, "warm-up", rate, Pacer.CountFor(rate, TimeSpan.FromSeconds(1)), [clients], [clients], counter, baseline.Usage), null, cancellationToken);
            }

            var (step, _) = await IdeaRun.RunAsync(
                new IdeaRun.Plan(baseline.Name, "items", rate, options.IdeasPerStep(rate), [clients], [clients], counter, baseline.Usage), null, cancellationToken);
            steps.Add(step);
            log.WriteLine($"  Baseline items: delivered {Number(step.Delivery.DeliveredRate)}/s, to all p99 {Ms(step.Delivery.ToAll.P99)} ms, {IdeasScenario.TextChecks(step)}");
        }
        finally
        {
            await IdeaRun.DisposeAllAsync(clients);
        }
    }

    private static List<TargetCheck> Checks(ScenarioOptions options, List<StepResult> steps)
    {
        var checks = new List<TargetCheck>();
        var ideas = steps.FirstOrDefault(s => s.Target == "Hub" && s.Label.StartsWith("ideas", StringComparison.Ordinal));
        var votes = steps.FirstOrDefault(s => s.Target == "Hub" && s.Label.StartsWith("votes", StringComparison.Ordinal));
        var baseline = steps.FirstOrDefault(s => s.Target == "Baseline");
        var standard = options.Name == "crowd-1000";
        if (ideas is not null && standard)
        {
            checks.Add(new TargetCheck(options.Name, $"idea p99 to all {Number(ideas.Clients)} at {Number(ideas.OfferedRate)}/s", "≤ 100 ms", $"{Ms(ideas.Delivery.ToAll.P99)} ms", ideas.Delivery.ToAll.Count > 0 ? ideas.Delivery.ToAll.P99 <= 100 : null));
        }

        if (votes is not null && standard)
        {
            checks.Add(new TargetCheck(options.Name, $"vote totals p99 to all at {Number(votes.OfferedRate)} votes/s", "≤ 250 ms", $"{Ms(votes.Delivery.ToAll.P99)} ms", votes.Delivery.ToAll.Count > 0 ? votes.Delivery.ToAll.P99 <= 250 : null));
        }

        if (ideas is not null && baseline is not null && standard)
        {
            var ratio = ideas.Delivery.ToAll.P99 / baseline.Delivery.ToAll.P99;
            checks.Add(new TargetCheck(options.Name, "Hub idea p99 / baseline p99", "≤ 2", $"{Ratio(ratio)} ({Ms(ideas.Delivery.ToAll.P99)} / {Ms(baseline.Delivery.ToAll.P99)} ms)", double.IsFinite(ratio) ? ratio <= 2 : null));
        }

        checks.Add(new TargetCheck(options.Name, "every idea and every vote total to every participant, in order", "0 lost or wrong, 0 duplicated, 0 out of order", StepTable.CleanSummary(steps), StepTable.AllClean(steps)));
        return checks;
    }

    private static string Describe(ScenarioOptions options, List<StepResult> steps, (TimeSpan Time, UsageWindow Usage)? joining)
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine($"{Number(options.Participants)} participants in one session (vote budget 50, at most 50 per idea). Two consecutive parts, because the Hub takes ideas only in Ideate and votes only in Vote: first {Number(options.IdeaRates[0])} ideas/s for {options.StepDuration.TotalSeconds:0} s from all participants in turn; then the moderator sets the phase to Vote and the participants in turn cast {Number(options.VoteRate)} votes/s for {options.StepDuration.TotalSeconds:0} s on random ideas of the first part.");
        text.AppendLine("A vote's total is not sent on its own: the Hub publishes `votesChanged` with the saved totals at most every 100 ms. The n-th vote sent on an idea counts as delivered to a participant at the first moment that participant saw a total of at least n for that idea; \"lost\" in the votes row counts (idea, participant) pairs whose final total differs from the votes acknowledged.");
        if (joining is { } join)
        {
            text.AppendLine($"Joining the {Number(options.Participants)} participants ({Joining.Parallelism} at a time) took {Seconds(join.Time)} s ({Number(options.Participants / join.Time.TotalSeconds)} joins/s); meanwhile the server used {Server(join.Usage)} cores and stored {Stored(join.Usage)} MB, and the clients received {Received(join.Usage)} MB: besides each one's snapshot, every `presenceChanged` lists every present participant's name and goes to every participant.");
        }

        text.AppendLine("The baseline row sends the same rate of items to the same number of clients in one SignalR group.");
        text.AppendLine();
        text.AppendLine(StepTable.Delivery(steps, "items"));
        text.AppendLine(StepTable.Checks(steps));
        return text.ToString();
    }
}
