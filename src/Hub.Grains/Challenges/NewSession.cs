using Hub.Grains.Sessions;

namespace Hub.Grains.Challenges;

/// <summary>
/// A live session to start on a challenge. <see cref="SessionId"/> is chosen by the challenge
/// unless given; a launch repeated with the same id answers the session it opened the first time.
/// </summary>
[GenerateSerializer, Immutable, Alias("Hub.NewSession")]
public sealed record NewSession(
    [property: Id(0)] string Title,
    [property: Id(1)] string Venue,
    [property: Id(2)] SessionSettings Settings,
    [property: Id(3)] bool Anonymous = false,
    [property: Id(4)] Guid? SessionId = null);
