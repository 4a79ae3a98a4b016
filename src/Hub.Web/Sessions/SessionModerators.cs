using System.Security.Claims;
using Hub.Grains.Sessions;
using Hub.Web.Identity;

namespace Hub.Web.Sessions;

/// <summary>
/// Who may moderate a session: the Hub's moderators, and whoever opened it (the owner of a
/// challenge who started a session on it need not be a moderator of the whole Hub).
/// </summary>
public static class SessionModerators
{
    public static bool MayModerate(this ClaimsPrincipal user, SessionInfo session) =>
        user.IsInRole(HubRoles.Moderator) || (user.AccountId() is { } account && session.OpenedBy == account.ToString());
}
