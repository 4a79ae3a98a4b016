using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Hub.Web.RateLimits;

/// <summary>
/// Sliding-window limits per network address and per participant, kept on this web node. Each
/// node counts on its own, so with N nodes behind a load balancer an address gets at most N
/// times a limit; a guesser still needs centuries for 31^6 codes.
/// </summary>
public sealed class HubRateLimits : IDisposable
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly bool _enabled;
    private readonly PartitionedRateLimiter<string> _joins;
    private readonly PartitionedRateLimiter<string> _wrongCodes;
    private readonly PartitionedRateLimiter<string> _codeLookups;
    private readonly PartitionedRateLimiter<Guid> _ideas;
    private readonly PartitionedRateLimiter<Guid> _votes;
    private readonly PartitionedRateLimiter<Guid> _reports;
    private readonly PartitionedRateLimiter<string> _ideasByAddress;
    private readonly PartitionedRateLimiter<string> _votesByAddress;
    private readonly PartitionedRateLimiter<string> _reportsByAddress;
    private readonly PartitionedRateLimiter<string> _registrations;

    public HubRateLimits(IOptions<RateLimitOptions> options)
    {
        var limits = options.Value;
        _enabled = limits.Enabled;
        _joins = SlidingWindow<string>(limits.JoinsPerAddressPerMinute, Minute);
        _wrongCodes = SlidingWindow<string>(limits.WrongCodesPerAddressPerTenMinutes, TimeSpan.FromMinutes(10));
        _codeLookups = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetConcurrencyLimiter(key, _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = 1,
            QueueLimit = 10_000,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        }));
        _ideas = SlidingWindow<Guid>(limits.IdeasPerParticipantPerMinute, Minute);
        _votes = SlidingWindow<Guid>(limits.VotesPerParticipantPerMinute, Minute);
        _reports = SlidingWindow<Guid>(limits.ReportsPerParticipantPerMinute, Minute);
        _ideasByAddress = SlidingWindow<string>(limits.IdeasPerAddressPerMinute, Minute);
        _votesByAddress = SlidingWindow<string>(limits.VotesPerAddressPerMinute, Minute);
        _reportsByAddress = SlidingWindow<string>(limits.ReportsPerAddressPerMinute, Minute);
        _registrations = SlidingWindow<string>(limits.RegistrationsPerAddressPerMinute, Minute);
    }

    public bool TryJoin(IPAddress? address) => TryAcquire(_joins, Key(address));

    /// <summary>True while the address has used up its wrong codes: it may not try any code.</summary>
    public bool IsLockedOut(IPAddress? address) =>
        _enabled && _wrongCodes.GetStatistics(Key(address)) is { CurrentAvailablePermits: 0 };

    public void CountWrongCode(IPAddress? address) => TryAcquire(_wrongCodes, Key(address));

    /// <summary>
    /// One code lookup at a time per address (the rest wait their turn): otherwise a burst of
    /// guesses would all pass the lock-out check before the first wrong one was counted.
    /// Null when limits are off.
    /// </summary>
    public async ValueTask<RateLimitLease?> OneCodeLookupAtATimeAsync(IPAddress? address) =>
        _enabled ? await _codeLookups.AcquireAsync(Key(address)) : null;

    public bool TryPost(Guid participantId, IPAddress? address) =>
        TryAcquire(_ideas, participantId) && TryAcquire(_ideasByAddress, Key(address));

    public bool TryVote(Guid participantId, IPAddress? address) =>
        TryAcquire(_votes, participantId) && TryAcquire(_votesByAddress, Key(address));

    public bool TryReport(Guid participantId, IPAddress? address) =>
        TryAcquire(_reports, participantId) && TryAcquire(_reportsByAddress, Key(address));

    /// <summary>Registering for an event or checking in, which anyone may do without an account.</summary>
    public bool TryRegister(IPAddress? address) => TryAcquire(_registrations, Key(address));

    public void Dispose()
    {
        _registrations.Dispose();
        _joins.Dispose();
        _wrongCodes.Dispose();
        _codeLookups.Dispose();
        _ideas.Dispose();
        _votes.Dispose();
        _reports.Dispose();
        _ideasByAddress.Dispose();
        _votesByAddress.Dispose();
        _reportsByAddress.Dispose();
    }

    private bool TryAcquire<TKey>(PartitionedRateLimiter<TKey> limiter, TKey key)
    {
        if (!_enabled)
        {
            return true;
        }

        using var lease = limiter.AttemptAcquire(key);
        return lease.IsAcquired;
    }

    private static string Key(IPAddress? address) => address?.ToString() ?? "unknown";

    private static PartitionedRateLimiter<TKey> SlidingWindow<TKey>(int permits, TimeSpan window)
        where TKey : notnull =>
        PartitionedRateLimiter.Create<TKey, TKey>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            SegmentsPerWindow = 6,
            QueueLimit = 0,
        }));
}
