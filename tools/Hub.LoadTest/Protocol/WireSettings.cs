namespace Hub.LoadTest.Protocol;

/// <summary>A session's <c>SessionSettings</c>.</summary>
public sealed record WireSettings(int VoteBudget, int MaxVotesPerIdea, bool ParticipantsCanGroup)
{
    /// <summary>The most the Hub allows, so that a crowd can keep voting for the length of a run.</summary>
    public static WireSettings Generous { get; } = new(VoteBudget: 50, MaxVotesPerIdea: 50, ParticipantsCanGroup: false);
}
