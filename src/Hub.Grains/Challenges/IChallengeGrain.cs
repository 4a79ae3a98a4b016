namespace Hub.Grains.Challenges;

/// <summary>
/// One challenge, keyed by id. It owns its lifecycle: members of its owner and co-owner
/// organisations (and Hub admins) edit it and move it on, checked here against the acting
/// account; its deadline moves it to Evaluating by itself, through a reminder.
/// </summary>
[Alias("Hub.IChallengeGrain")]
public interface IChallengeGrain : IGrainWithGuidKey
{
    /// <summary>A member of <paramref name="ownerId"/> creates the challenge as a draft.</summary>
    [Alias("Create")]
    Task<ChallengeView> Create(Guid actorId, Guid ownerId, ChallengeDraft draft);

    [Alias("Get"), AlwaysInterleave]
    Task<ChallengeView?> Get();

    [Alias("Update")]
    Task<ChallengeView> Update(Guid actorId, ChallengeDraft draft);

    [Alias("SetStatus")]
    Task<ChallengeView> SetStatus(Guid actorId, ChallengeStatus status);

    /// <summary>Whether the account may edit the challenge and start sessions on it.</summary>
    [Alias("IsOwnedBy"), AlwaysInterleave]
    Task<bool> IsOwnedBy(Guid accountId);

    [Alias("AddSession")]
    Task AddSession(ChallengeSession session);

    [Alias("RemoveSession")]
    Task RemoveSession(Guid sessionId);
}
