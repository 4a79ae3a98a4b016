namespace Hub.Grains.Contributions;

/// <summary>
/// What people contribute to one challenge between live sessions (keyed by the challenge's id):
/// ideas, comments, endorsements, followers, and for a procurement need the market dialogue.
/// Everyone acts as a signed-in account, which this grain reads for names, roles and memberships.
/// The challenge's owners and the Hub's moderators hide and restore ideas and comments.
/// </summary>
[Alias("Hub.IChallengeContributionsGrain")]
public interface IChallengeContributionsGrain : IGrainWithGuidKey
{
    [Alias("Get")]
    Task<ContributionsView> Get(Guid? readerId);

    [Alias("SubmitIdea")]
    Task<Guid> SubmitIdea(Guid accountId, string text);

    [Alias("Comment")]
    Task<Guid> Comment(Guid accountId, Guid ideaId, string text);

    [Alias("Endorse")]
    Task Endorse(Guid accountId, Guid ideaId, bool endorse);

    [Alias("Follow")]
    Task Follow(Guid accountId, bool follow);

    /// <summary>Drops an erased account without calling it back.</summary>
    [Alias("ForgetFollower")]
    Task ForgetFollower(Guid accountId);

    /// <summary>Hides or restores an idea or a comment.</summary>
    [Alias("SetHidden")]
    Task SetHidden(Guid actorId, Guid itemId, bool hidden);

    /// <summary>A company asks, in public, on behalf of an organisation it belongs to.</summary>
    [Alias("Ask")]
    Task<Guid> Ask(Guid accountId, Guid organisationId, string text);

    [Alias("Answer")]
    Task Answer(Guid actorId, Guid questionId, string text);

    [Alias("Propose")]
    Task<Guid> Propose(Guid accountId, Guid organisationId, string text);
}
