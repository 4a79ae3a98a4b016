using Hub.Grains.Sessions;
using Hub.Grains.Storage;

namespace Hub.Grains.Challenges;

public sealed class ChallengeGrain(
    [PersistentState("challenge", StorageNames.Hub)] IPersistentState<ChallengeState> store) : Grain, IChallengeGrain
{
    public async Task Post(PostChallenge challenge)
    {
        if (store.State.Posted is not null)
        {
            throw new RuleException(SessionErrorCodes.AlreadyExists, "The challenge is already posted.");
        }

        store.State.Posted = challenge with
        {
            Title = SessionText.Require(challenge.Title, SessionLimits.MaxTitleLength, "title"),
            OrganisationName = SessionText.Require(challenge.OrganisationName, SessionLimits.MaxTitleLength, "organisation"),
            ProblemStatement = SessionText.Require(challenge.ProblemStatement, 4_000, "problem statement"),
            DesiredOutcome = (challenge.DesiredOutcome ?? "").Trim(),
        };
        await store.WriteStateAsync();
        await GrainFactory.GetGrain<IChallengeDirectoryGrain>(0).Register(Summary(store.State.Posted));
    }

    public Task<ChallengeDetails?> GetDetails() => Task.FromResult(
        store.State.Posted is { } posted
            ? new ChallengeDetails(Summary(posted), posted.DesiredOutcome, store.State.Sessions.ToArray())
            : null);

    public async Task AddSession(ChallengeSession session)
    {
        if (store.State.Posted is null)
        {
            throw new RuleException(SessionErrorCodes.InvalidArgument, "There is no such challenge.");
        }

        store.State.Sessions.Add(session);
        await store.WriteStateAsync();
    }

    public async Task RemoveSession(Guid sessionId)
    {
        if (store.State.Sessions.RemoveAll(s => s.SessionId == sessionId) > 0)
        {
            await store.WriteStateAsync();
        }
    }

    private ChallengeSummary Summary(PostChallenge posted) =>
        new(this.GetPrimaryKey(), posted.Title, posted.OrganisationName, posted.ProblemStatement, posted.Themes);
}
