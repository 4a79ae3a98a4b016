namespace Hub.Grains.Sessions;

/// <summary>The rules a moderator sets for one session.</summary>
[GenerateSerializer, Immutable, Alias("Hub.SessionSettings")]
public sealed record SessionSettings(
    [property: Id(0)] int VoteBudget,
    [property: Id(1)] int MaxVotesPerIdea,
    [property: Id(2)] bool ParticipantsCanGroup)
{
    public static SessionSettings Default { get; } = new(VoteBudget: 5, MaxVotesPerIdea: 3, ParticipantsCanGroup: false);
}
