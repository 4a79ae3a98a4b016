namespace Hub.Grains.Sessions;

/// <summary>
/// Who asks. The web tier authenticates; the grain still decides what each actor may do.
/// A moderator's <see cref="Name"/> goes into the session's moderation log.
/// </summary>
[GenerateSerializer, Immutable, Alias("Hub.SessionActor")]
public readonly record struct SessionActor(
    [property: Id(0)] Guid? ParticipantId,
    [property: Id(1)] string? ModeratorId,
    [property: Id(2)] string? Name = null)
{
    public bool IsModerator => ModeratorId is not null;

    public static SessionActor Participant(Guid participantId) => new(participantId, null);

    public static SessionActor Moderator(string moderatorId, string? name = null) => new(null, moderatorId, name);
}
