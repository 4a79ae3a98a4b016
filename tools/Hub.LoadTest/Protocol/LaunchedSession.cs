namespace Hub.LoadTest.Protocol;

/// <summary>The answer of <c>POST /api/sessions</c>.</summary>
public sealed record LaunchedSession(Guid SessionId, string JoinCode);
