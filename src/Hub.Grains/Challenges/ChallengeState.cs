namespace Hub.Grains.Challenges;

[GenerateSerializer, Alias("Hub.ChallengeState")]
internal sealed class ChallengeState
{
    [Id(1)] public List<ChallengeSession> Sessions { get; set; } = [];
    [Id(2)] public Guid OwnerId { get; set; }
    [Id(3)] public ChallengeDraft? Draft { get; set; }
    [Id(4)] public ChallengeStatus Status { get; set; }
    [Id(5)] public DateTimeOffset CreatedAt { get; set; }
}
