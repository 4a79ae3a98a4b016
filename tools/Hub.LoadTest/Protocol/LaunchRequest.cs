namespace Hub.LoadTest.Protocol;

/// <summary>The body of <c>POST /api/sessions</c>.</summary>
public sealed record LaunchRequest(Guid ChallengeId, string Title, string Venue, WireSettings Settings);
