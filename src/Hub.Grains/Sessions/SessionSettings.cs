namespace Hub.Grains.Sessions;

/// <summary>
/// The rules a moderator sets for one session. <see cref="Locked"/> keeps newcomers out while
/// those who joined go on (and may rejoin): for when a code has spread beyond the room.
/// <see cref="HoldIdeasForApproval"/> shows new ideas to moderators (and their authors) only until
/// a moderator approves them. <see cref="ReportThreshold"/> reports by different participants hide
/// an idea until a moderator reviews it.
/// </summary>
[GenerateSerializer, Immutable, Alias("Hub.SessionSettings")]
public sealed record SessionSettings(
    [property: Id(0)] int VoteBudget,
    [property: Id(1)] int MaxVotesPerIdea,
    [property: Id(2)] bool ParticipantsCanGroup,
    [property: Id(3)] bool Locked = false,
    [property: Id(4)] bool HoldIdeasForApproval = false,
    [property: Id(5)] int ReportThreshold = SessionSettings.DefaultReportThreshold)
{
    public const int DefaultReportThreshold = 3;

    public static SessionSettings Default { get; } = new(VoteBudget: 5, MaxVotesPerIdea: 3, ParticipantsCanGroup: false);
}
