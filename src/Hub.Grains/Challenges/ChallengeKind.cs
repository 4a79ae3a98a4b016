namespace Hub.Grains.Challenges;

[GenerateSerializer, Alias("Hub.ChallengeKind")]
public enum ChallengeKind
{
    OpenChallenge,

    /// <summary>The city as an innovative buyer: companies answer in a market dialogue.</summary>
    ProcurementNeed,
}
