using System.Diagnostics;
using Hub.LoadTest.Clients;

namespace Hub.LoadTest.Measurement;

/// <summary>
/// Vote totals are coalesced, so a vote is never announced on its own. For idea X, the n-th vote
/// sent on X counts as delivered to a client at the first moment that client saw a total of at
/// least n for X.
/// </summary>
public static class VoteAnalysis
{
    public static DeliveryReport Analyze(IReadOnlyList<SentVote> votes, IReadOnlyList<HubParticipant> clients)
    {
        var toAll = new List<long>(votes.Count);
        var perDelivery = new List<long>(votes.Count * clients.Count);
        long lost = 0;
        var fullyDelivered = 0;
        var firstSent = long.MaxValue;
        var lastArrival = long.MinValue;
        foreach (var onIdea in votes.GroupBy(v => v.IdeaId))
        {
            var n = 0;
            foreach (var vote in onIdea.OrderBy(v => v.SentAt))
            {
                n++;
                firstSent = Math.Min(firstSent, vote.SentAt);
                long slowest = 0;
                var complete = true;
                var lastHere = vote.AckedAt;
                foreach (var client in clients)
                {
                    if (client.Stream.Votes?.FirstAtLeast(vote.IdeaId, n) is not { } seen)
                    {
                        lost++;
                        complete = false;
                        continue;
                    }

                    var latency = Math.Max(0, seen - vote.SentAt);
                    perDelivery.Add(latency);
                    slowest = Math.Max(slowest, latency);
                    lastHere = Math.Max(lastHere, seen);
                }

                if (complete)
                {
                    fullyDelivered++;
                    toAll.Add(slowest);
                    lastArrival = Math.Max(lastArrival, lastHere);
                }
            }
        }

        var seconds = lastArrival > firstSent ? (lastArrival - firstSent) / (double)Stopwatch.Frequency : double.NaN;
        return new DeliveryReport(
            fullyDelivered, fullyDelivered > 0 ? fullyDelivered / seconds : 0, LatencySummary.FromTicks(toAll), LatencySummary.FromTicks(perDelivery), lost,
            LatencySummary.FromTicks(votes.Select(v => v.AckedAt - v.SentAt).ToArray()));
    }

    /// <summary>How many (idea, client) totals already match the votes acknowledged on the idea.</summary>
    public static long Settled(IReadOnlyDictionary<Guid, int> expected, IReadOnlyList<HubParticipant> clients)
    {
        long settled = 0;
        foreach (var client in clients)
        {
            foreach (var (ideaId, total) in expected)
            {
                if (client.Stream.Votes?.Current(ideaId) == total)
                {
                    settled++;
                }
            }
        }

        return settled;
    }

    /// <summary>(idea, client) totals that do not equal the acknowledged votes: lost or miscounted.</summary>
    public static long WrongTotals(IReadOnlyDictionary<Guid, int> expected, IReadOnlyList<HubParticipant> clients) =>
        (long)expected.Count * clients.Count - Settled(expected, clients);
}
