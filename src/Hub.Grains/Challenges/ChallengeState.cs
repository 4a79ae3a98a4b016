namespace Hub.Grains.Challenges;

[GenerateSerializer, Alias("Hub.ChallengeState")]
public sealed class ChallengeState
{
    [Id(0)] public PostChallenge? Posted { get; set; }
    [Id(1)] public List<ChallengeSession> Sessions { get; set; } = [];
}
