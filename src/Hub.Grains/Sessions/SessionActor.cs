namespace Hub.Grains.Sessions;

/// <summary>
/// Who asks. The web tier authenticates; the grain still decides what each actor may do.
/// </summary>
[GenerateSerializer, Immutable, Alias("Hub.SessionActor")]
public readonly record struct SessionActor(
    [property: Id(0)] Guid? ParticipantId,
    [property: Id(1)] string? ModeratorId)
{
    public bool IsModerator => ModeratorId is not null;

    public static SessionActor Participant(Guid participantId) => new(participantId, null);

    public static SessionActor Moderator(string moderatorId) => new(null, moderatorId);
}
