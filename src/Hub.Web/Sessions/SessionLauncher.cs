using Hub.Grains;
using Hub.Grains.Challenges;
using Hub.Grains.JoinCodes;
using Hub.Grains.Sessions;

namespace Hub.Web.Sessions;

/// <summary>Opens a live session on a challenge under a fresh join code.</summary>
public sealed class SessionLauncher(IGrainFactory grains)
{
    private const int CodeAttempts = 20;

    public async Task<SessionInfo> LaunchAsync(Guid sessionId, Guid challengeId, string title, string venue, SessionSettings settings, bool anonymous, SessionActor moderator)
    {
        var challenge = await grains.GetGrain<IChallengeGrain>(challengeId).Get()
            ?? throw new RuleException(ChallengeErrorCodes.ChallengeNotFound, "There is no such challenge.");
        if (challenge.Status is ChallengeStatus.Draft or ChallengeStatus.Closed)
        {
            throw new RuleException(ChallengeErrorCodes.StatusNotAllowed, $"A session starts on a challenge that is under way; this one is {challenge.Status}.");
        }

        var code = await ClaimCodeAsync(sessionId);
        var session = grains.GetGrain<ISessionGrain>(sessionId);
        try
        {
            await session.Open(new OpenSession(title, challengeId, challenge.Title, code, venue.Trim(), settings, anonymous), moderator);
        }
        catch (RuleException)
        {
            // A refused launch must not use up a code.
            await grains.GetGrain<IJoinCodeGrain>(code).Release(sessionId);
            throw;
        }

        var info = (await session.GetInfo())!;
        await grains.GetGrain<IChallengeGrain>(challengeId).AddSession(
            new ChallengeSession(sessionId, info.Title, info.JoinCode, info.Venue, info.OpenedAt));
        await grains.GetGrain<ISessionDirectoryGrain>(0).Register(new SessionListing(sessionId, info.Title, challengeId, info.JoinCode, info.OpenedAt, info.Venue));
        return info;
    }

    private async Task<string> ClaimCodeAsync(Guid sessionId)
    {
        // 31^6 codes: collisions are rare, and a claimed code is never handed out twice.
        for (var attempt = 0; attempt < CodeAttempts; attempt++)
        {
            var code = JoinCode.NewCode();
            if (await grains.GetGrain<IJoinCodeGrain>(code).TryClaim(sessionId))
            {
                return code;
            }
        }

        throw new InvalidOperationException("No free join code was found.");
    }
}
