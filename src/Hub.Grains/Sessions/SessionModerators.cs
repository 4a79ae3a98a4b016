using Hub.Grains.Accounts;
using Hub.Grains.Challenges;

namespace Hub.Grains.Sessions;

/// <summary>
/// Who may moderate a session: the Hub's moderators (admins too), and whoever opened it while they
/// still own its challenge (the owner of a challenge who started a session on it need not be a
/// moderator of the whole Hub). The session never takes its caller's word for it: it asks the
/// grains that know on every call, so that a role or ownership taken away, or an account erased,
/// counts at once. Each check awaits first and leaves the check-and-apply to the caller's next,
/// synchronous step, since other calls interleave while this one awaits.
/// </summary>
internal sealed class SessionModerators(IGrainFactory grains, SessionChecks rules)
{
    /// <summary>A moderator's name for the log, once the account may moderate this session.</summary>
    public async Task<string> AuthoriseAsync(SessionActor actor)
    {
        // The state is checked before, so that a closed session answers as it always did, and after.
        rules.RequireWritable();
        return actor.IsModerator && await NameAsync(actor.ModeratorId, rules.Info) is { } name ? name : throw NotAModerator();
    }

    /// <summary>Before a session opens: a moderator, or the owner of the challenge it is on.</summary>
    public async Task AuthoriseOpenAsync(SessionActor actor, Guid challengeId) =>
        _ = await NameAsync(actor.ModeratorId, null, challengeId) ?? throw NotAModerator();

    /// <summary>The moderator's view holds held ideas and the log: only for an account that may moderate.</summary>
    public async Task AuthoriseViewerAsync(SessionActor viewer)
    {
        if (viewer.IsModerator)
        {
            rules.RequireOpen();
            _ = await NameAsync(viewer.ModeratorId, rules.Info) ?? throw NotAModerator();
        }
    }

    /// <summary>Participants group by the session's settings; a moderator as one only.</summary>
    public async Task AuthoriseGrouperAsync(SessionActor actor)
    {
        if (actor.IsModerator)
        {
            await AuthoriseAsync(actor);
        }
    }

    public async Task<bool> MayModerateAsync(Guid accountId) => await NameAsync(accountId.ToString(), rules.Info) is not null;

    /// <summary>
    /// The account's name, which the moderation log shows, if it may moderate the session of
    /// <paramref name="info"/>; before a session opens, if it owns <paramref name="challengeToOwn"/>.
    /// </summary>
    private async Task<string?> NameAsync(string? moderatorId, SessionInfo? info, Guid? challengeToOwn = null)
    {
        if (!Guid.TryParse(moderatorId, out var accountId) || await grains.GetGrain<IAccountGrain>(accountId).Get() is not { } account)
        {
            return null;
        }

        challengeToOwn ??= info is not null && Guid.TryParse(info.OpenedBy, out var opener) && opener == accountId ? info.ChallengeId : null;
        return account.IsModerator || (challengeToOwn is { } challengeId && await grains.GetGrain<IChallengeGrain>(challengeId).IsOwnedBy(accountId))
            ? account.DisplayName
            : null;
    }

    private static RuleException NotAModerator() => new(ErrorCodes.Forbidden, "Only a moderator may do this.");
}
