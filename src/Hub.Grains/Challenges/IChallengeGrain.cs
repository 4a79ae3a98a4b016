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

    /// <summary>Whether the account is behind the challenge (a member of an owning organisation, or a Hub admin), and so may edit it.</summary>
    [Alias("IsOwnedBy"), AlwaysInterleave]
    Task<bool> IsOwnedBy(Guid accountId);

    /// <summary>The challenge as <paramref name="readerId"/> (null: someone not signed in) may read it: a draft only for its owners.</summary>
    [Alias("GetFor"), AlwaysInterleave]
    Task<ChallengeView?> GetFor(Guid? readerId);

    /// <summary>Whether the account moderates what people contribute to the challenge: its owners and the Hub's moderators.</summary>
    [Alias("MayModerate"), AlwaysInterleave]
    Task<bool> MayModerate(Guid accountId);

    /// <summary>
    /// Starts a live session under a fresh join code, for an owner or a Hub moderator, while the
    /// challenge is open or in progress; lists it on the challenge and in the session directory.
    /// A refused launch leaves nothing behind and uses up no code.
    /// </summary>
    [Alias("StartSession")]
    Task<StartedSession> StartSession(Guid actorId, NewSession request);

    [Alias("RemoveSession")]
    Task RemoveSession(Guid sessionId);
}
