using Hub.Grains.Sessions;

namespace Hub.Web.Sessions;

/// <summary>What a participant gets on joining: the token to rejoin with, and the session as it is.</summary>
internal sealed record JoinResult(string Token, SessionSnapshot Snapshot);
