namespace Hub.Grains.Sessions;

/// <summary>
/// Who asks. The web tier authenticates; the grain still decides what each actor may do. A
/// moderator is an account: the grain asks the account and challenge grains whether it may moderate,
/// and the moderation log shows the account's name, never one the caller passes.
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
