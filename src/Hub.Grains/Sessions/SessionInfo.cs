namespace Hub.Grains.Sessions;

/// <summary>
/// What a session is about; fixed when it opens. So is <see cref="Anonymous"/>: names already sent
/// could not be taken back, nor names withheld be revealed later.
/// </summary>
[GenerateSerializer, Immutable, Alias("Hub.SessionInfo")]
public sealed record SessionInfo(
    [property: Id(0)] string Title,
    [property: Id(1)] Guid ChallengeId,
    [property: Id(2)] string ChallengeTitle,
    [property: Id(3)] string JoinCode,
    [property: Id(4)] string Venue,
    [property: Id(5)] DateTimeOffset OpenedAt,
    [property: Id(6)] bool Anonymous = false,
    [property: Id(7)] string? OpenedBy = null);
