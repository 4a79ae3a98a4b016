using Hub.Grains.Accounts;
using Hub.Grains.Challenges;
using Hub.Grains.Sessions;

namespace Hub.Web.Sessions;

/// <summary>
/// Who may moderate a session: the Hub's moderators, and whoever opened it while they still own
/// its challenge (the owner of a challenge who started a session on it need not be a moderator of
/// the whole Hub). Read from the grains each time, so that a role or membership taken away counts.
/// </summary>
public static class SessionModerators
{
    public static async Task<bool> MayModerateAsync(this IGrainFactory grains, Guid accountId, SessionInfo session) =>
        await grains.GetGrain<IAccountGrain>(accountId).Get() is { } account
        && (account.IsModerator
            || (session.OpenedBy == accountId.ToString() && await grains.GetGrain<IChallengeGrain>(session.ChallengeId).IsOwnedBy(accountId)));
}
