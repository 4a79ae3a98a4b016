using System.Net;
using Hub.Grains.JoinCodes;
using Hub.Web.RateLimits;

namespace Hub.Web.Sessions;

/// <summary>
/// Finds the session behind a join code. Every wrong or unknown code counts against the address
/// that tried it, and an address that has tried too many must wait, whichever door it uses (the
/// hub, the HTTP API or a page): so codes cannot be found by guessing.
/// </summary>
public sealed class JoinCodeLookup(IGrainFactory grains, HubRateLimits limits)
{
    public async Task<JoinCodeMatch> FindAsync(string? code, IPAddress? address)
    {
        using var turn = await limits.OneCodeLookupAtATimeAsync(address);
        if (turn is { IsAcquired: false } || limits.IsLockedOut(address))
        {
            return new JoinCodeMatch(JoinCodeOutcome.LockedOut, "", Guid.Empty);
        }

        if (JoinCode.Normalize(code) is not { } normalized)
        {
            limits.CountWrongCode(address);
            return new JoinCodeMatch(JoinCodeOutcome.NotACode, "", Guid.Empty);
        }

        if (await grains.GetGrain<IJoinCodeGrain>(normalized).GetSessionId() is not { } sessionId)
        {
            limits.CountWrongCode(address);
            return new JoinCodeMatch(JoinCodeOutcome.Unknown, normalized, Guid.Empty);
        }

        return new JoinCodeMatch(JoinCodeOutcome.Found, normalized, sessionId);
    }
}

public enum JoinCodeOutcome
{
    Found,
    NotACode,
    Unknown,
    LockedOut,
}

public sealed record JoinCodeMatch(JoinCodeOutcome Outcome, string Code, Guid SessionId);
