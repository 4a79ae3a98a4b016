using Hub.Grains.Sessions;

namespace Hub.Grains.Events;

/// <summary>
/// A session to open on an event's agenda, on one of the event's challenges, in a track.
/// <see cref="SessionId"/> is chosen by the challenge unless given (as the demo seeder does, to
/// find its session again after a restart).
/// </summary>
[GenerateSerializer, Immutable, Alias("Hub.NewAgendaSession")]
public sealed record NewAgendaSession(
    [property: Id(0)] Guid ChallengeId,
    [property: Id(1)] string Title,
    [property: Id(2)] string? Track,
    [property: Id(3)] SessionSettings Settings,
    [property: Id(4)] bool Anonymous = false,
    [property: Id(5)] Guid? SessionId = null);
