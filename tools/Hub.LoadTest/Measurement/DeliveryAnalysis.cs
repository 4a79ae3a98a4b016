using System.Diagnostics;
using Hub.LoadTest.Clients;

namespace Hub.LoadTest.Measurement;

/// <summary>Turns what was sent and what each client recorded into throughput, latency and losses.</summary>
public static class DeliveryAnalysis
{
    /// <param name="audiences">Per audience (session or group), the clients that must receive its ideas; the sender is one of them.</param>
    public static DeliveryReport Analyze(IReadOnlyList<SentIdea> sent, IReadOnlyList<IReadOnlyList<IIdeaClient>> audiences)
    {
        var toAll = new List<long>(sent.Count);
        var perDelivery = new List<long>(sent.Count * Math.Max(1, audiences.Count > 0 ? audiences[0].Count : 1));
        long lost = 0;
        var fullyDelivered = 0;
        var firstSent = long.MaxValue;
        var lastArrival = long.MinValue;
        foreach (var idea in sent)
        {
            firstSent = Math.Min(firstSent, idea.SentAt);
            long slowest = 0;
            var complete = true;
            var lastHere = idea.AckedAt;
            foreach (var client in audiences[idea.Audience])
            {
                if (!client.Arrivals.TryGet(idea.Id, out var arrived))
                {
                    lost++;
                    complete = false;
                    continue;
                }

                lastHere = Math.Max(lastHere, arrived);
                if (client.Index != idea.Sender)
                {
                    var latency = Math.Max(0, arrived - idea.SentAt);
                    perDelivery.Add(latency);
                    slowest = Math.Max(slowest, latency);
                }
            }

            if (complete)
            {
                fullyDelivered++;
                toAll.Add(slowest);
                lastArrival = Math.Max(lastArrival, lastHere);
            }
        }

        var seconds = lastArrival > firstSent ? (lastArrival - firstSent) / (double)Stopwatch.Frequency : double.NaN;
        return new DeliveryReport(
            fullyDelivered,
            fullyDelivered > 0 ? fullyDelivered / seconds : 0,
            LatencySummary.FromTicks(toAll),
            LatencySummary.FromTicks(perDelivery),
            lost,
            LatencySummary.FromTicks(sent.Select(idea => idea.AckedAt - idea.SentAt).ToArray()));
    }
}
