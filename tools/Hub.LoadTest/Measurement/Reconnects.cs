using System.Diagnostics;
using Hub.LoadTest.Clients;

namespace Hub.LoadTest.Measurement;

/// <summary>Makes participants drop their connection and come back, at a steady rate.</summary>
public static class Reconnects
{
    public static async Task<ReconnectReport> RunAsync(IReadOnlyList<HubParticipant> candidates, double rate, TimeSpan duration, CancellationToken cancellationToken)
    {
        if (rate <= 0 || candidates.Count == 0)
        {
            return new ReconnectReport(0, 0, 0, 0, LatencySummary.Empty);
        }

        var outcome = await Pacer.RunAsync(rate, Pacer.CountFor(rate, duration), async _ =>
        {
            var participant = Claim(candidates);
            if (participant is null)
            {
                return null;
            }

            var started = Stopwatch.GetTimestamp();
            var viaEvents = await participant.ReconnectAsync(cancellationToken);
            return new Sample(Stopwatch.GetTimestamp() - started, viaEvents);
        }, cancellationToken);

        var samples = outcome.Acknowledged;
        return new ReconnectReport(
            outcome.Attempted,
            samples.Count(s => s.ViaEvents),
            samples.Count(s => !s.ViaEvents),
            outcome.Failed,
            LatencySummary.FromTicks(samples.Select(s => s.Ticks).ToArray()));
    }

    private static HubParticipant? Claim(IReadOnlyList<HubParticipant> candidates)
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var candidate = candidates[Random.Shared.Next(candidates.Count)];
            if (candidate.TryClaimReconnect())
            {
                return candidate;
            }
        }

        return null;
    }

    private sealed record Sample(long Ticks, bool ViaEvents);
}
