namespace Hub.Grains.Sessions;

/// <summary>
/// The rules a moderator sets for one session. <see cref="Locked"/> keeps newcomers out while
/// those who joined go on (and may rejoin): for when a code has spread beyond the room.
/// </summary>
[GenerateSerializer, Immutable, Alias("Hub.SessionSettings")]
public sealed record SessionSettings(
    [property: Id(0)] int VoteBudget,
    [property: Id(1)] int MaxVotesPerIdea,
    [property: Id(2)] bool ParticipantsCanGroup,
    [property: Id(3)] bool Locked = false)
{
    public static SessionSettings Default { get; } = new(VoteBudget: 5, MaxVotesPerIdea: 3, ParticipantsCanGroup: false);
}
