using Hub.Grains.Sessions;

namespace Hub.Web.Sessions;

internal sealed record LaunchSessionRequest(Guid ChallengeId, string Title, string? Venue, SessionSettings? Settings, bool Anonymous = false);
