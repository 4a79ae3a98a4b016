namespace Hub.Grains.Challenges;

/// <summary>A challenge moves forward only: Draft, Open, In progress, Evaluating, Closed.</summary>
[GenerateSerializer, Alias("Hub.ChallengeStatus")]
public enum ChallengeStatus
{
    Draft,
    Open,
    InProgress,
    Evaluating,
    Closed,
}
