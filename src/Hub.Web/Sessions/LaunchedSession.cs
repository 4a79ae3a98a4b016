namespace Hub.Web.Sessions;

public sealed record LaunchedSession(Guid SessionId, string JoinCode, string Title, string ChallengeTitle);
