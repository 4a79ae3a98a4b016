using Hub.Grains.Accounts;
using Hub.Grains.JoinCodes;
using Hub.Grains.Sessions;

namespace Hub.Grains.Challenges;

/// <summary>
/// Live sessions on the challenge. The challenge runs the launch, since it owns the outcome (a
/// session listed on it), and undoes a half-made launch here. It is not reentrant: the session
/// grain it calls may call back only its interleaving reads (<see cref="IChallengeGrain.Get"/>,
/// <see cref="IChallengeGrain.IsOwnedBy"/>, <see cref="IChallengeGrain.MayModerate"/>).
/// </summary>
internal sealed partial class ChallengeGrain
{
    private const int CodeAttempts = 20;

    public async Task<StartedSession> StartSession(Guid actorId, NewSession request)
    {
        RequireExists();
        if (await GrainFactory.GetGrain<IAccountGrain>(actorId).Get() is not { } actor || !Moderates(actor))
        {
            throw new RuleException(ErrorCodes.Forbidden, "Only the challenge's owners and the Hub's moderators start sessions on it.");
        }

        if (!State.Status.IsRunning())
        {
            throw new RuleException(ChallengeErrorCodes.StatusNotAllowed, $"A session starts on a challenge that is open or in progress; this one is {State.Status}.");
        }

        var sessionId = request.SessionId ?? Guid.NewGuid();
        var session = GrainFactory.GetGrain<ISessionGrain>(sessionId);
        if (await session.GetInfo() is { } opened)
        {
            // The same launch again (a seeder after a restart, a retry after a lost answer): the same session.
            return opened.ChallengeId == Id
                ? await RecordAsync(sessionId, opened)
                : throw new RuleException(ErrorCodes.AlreadyExists, "That session is open on another challenge.");
        }

        var code = await ClaimCodeAsync(sessionId);
        try
        {
            await session.Open(
                new OpenSession(request.Title, Id, State.Draft!.Title, code, request.Venue.Trim(), request.Settings, request.Anonymous),
                SessionActor.Moderator(actorId.ToString()));
        }
        catch (RuleException)
        {
            // A refused launch must not use up a code.
            await GrainFactory.GetGrain<IJoinCodeGrain>(code).Release(sessionId);
            throw;
        }

        return await RecordAsync(sessionId, (await session.GetInfo())!);
    }

    /// <summary>Lists the session on the challenge and in the session directory, once (listing it again would reopen a closed one there).</summary>
    private async Task<StartedSession> RecordAsync(Guid sessionId, SessionInfo info)
    {
        if (!State.Sessions.Exists(s => s.SessionId == sessionId))
        {
            State.Sessions.Add(new ChallengeSession(sessionId, info.Title, info.JoinCode, info.Venue, info.OpenedAt));
            await store.WriteStateAsync();
            await GrainFactory.GetGrain<ISessionDirectoryGrain>(0).Register(new SessionListing(sessionId, info.Title, Id, info.JoinCode, info.OpenedAt, info.Venue));
        }

        return new StartedSession(sessionId, info);
    }

    private async Task<string> ClaimCodeAsync(Guid sessionId)
    {
        // 31^6 codes: collisions are rare, and a claimed code is never handed out twice.
        for (var attempt = 0; attempt < CodeAttempts; attempt++)
        {
            var code = JoinCode.NewCode();
            if (await GrainFactory.GetGrain<IJoinCodeGrain>(code).TryClaim(sessionId))
            {
                return code;
            }
        }

        throw new InvalidOperationException("No free join code was found.");
    }
}
