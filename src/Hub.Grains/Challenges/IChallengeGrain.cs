namespace Hub.Grains.Challenges;

[Alias("Hub.IChallengeGrain")]
public interface IChallengeGrain : IGrainWithGuidKey
{
    [Alias("Post")]
    Task Post(PostChallenge challenge);

    [Alias("GetDetails")]
    Task<ChallengeDetails?> GetDetails();

    [Alias("AddSession")]
    Task AddSession(ChallengeSession session);

    [Alias("RemoveSession")]
    Task RemoveSession(Guid sessionId);
}
