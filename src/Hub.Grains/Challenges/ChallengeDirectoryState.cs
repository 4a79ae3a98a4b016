namespace Hub.Grains.Challenges;

[GenerateSerializer, Alias("Hub.ChallengeDirectoryState")]
internal sealed class ChallengeDirectoryState
{
    [Id(1)] public Dictionary<Guid, ChallengeSummary> Summaries { get; set; } = [];
}
