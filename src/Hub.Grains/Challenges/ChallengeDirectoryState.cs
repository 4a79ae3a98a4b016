namespace Hub.Grains.Challenges;

[GenerateSerializer, Alias("Hub.ChallengeDirectoryState")]
public sealed class ChallengeDirectoryState
{
    [Id(0)] public Dictionary<Guid, ChallengeSummary> Challenges { get; set; } = [];
}
