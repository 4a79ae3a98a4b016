using Hub.Grains.Accounts;
using Hub.Grains.Challenges;
using Hub.Grains.JoinCodes;
using Hub.Grains.Sessions;
using static Hub.Grains.Tests.AccountTests;
using static Hub.Grains.Tests.Assertions;
using static Hub.Grains.Tests.ChallengeScenario;

namespace Hub.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class SessionLaunchTests(ClusterFixture fixture)
{
    private static NewSession Jam(Guid? sessionId = null, string title = "Fredagsjam") =>
        new(title, "  Openlab  ", SessionSettings.Default, SessionId: sessionId);

    private async Task<IReadOnlyList<SessionListing>> ListedAsync(Guid challengeId) =>
        [.. (await fixture.Grains.GetGrain<ISessionDirectoryGrain>(0).Live()).Where(s => s.ChallengeId == challengeId)];

    /// <summary>Nothing of the launch is left: no session, none on the challenge, none in the directory.</summary>
    private async Task AssertNothingMadeAsync(Guid challengeId, Guid sessionId)
    {
        Assert.Null(await fixture.Grains.GetGrain<ISessionGrain>(sessionId).GetInfo());
        Assert.Empty((await fixture.Grains.GetGrain<IChallengeGrain>(challengeId).Get())!.Sessions);
        Assert.Empty(await ListedAsync(challengeId));
    }

    [Fact]
    public async Task An_owner_starts_a_session_that_is_listed_on_the_challenge_in_the_directory_and_by_its_code()
    {
        var (id, owner) = await ChallengeAsync(fixture.Grains);

        var (sessionId, info) = await fixture.Grains.GetGrain<IChallengeGrain>(id).StartSession(owner, Jam());

        Assert.Equal(("Fredagsjam", id, "Tryggare skolvägar", "Openlab", owner.ToString()), (info.Title, info.ChallengeId, info.ChallengeTitle, info.Venue, info.OpenedBy));
        Assert.Equal(sessionId, Assert.Single((await fixture.Grains.GetGrain<IChallengeGrain>(id).Get())!.Sessions).SessionId);
        Assert.Equal(sessionId, Assert.Single(await ListedAsync(id)).SessionId);
        Assert.Equal(sessionId, await fixture.Grains.GetGrain<IJoinCodeGrain>(info.JoinCode).GetSessionId());
    }

    [Fact]
    public async Task A_hub_moderator_starts_a_session_on_a_challenge_in_progress_that_is_not_theirs()
    {
        var (id, _) = await ChallengeAsync(fixture.Grains, ChallengeStatus.InProgress);
        var mona = await AccountAsync(fixture.Grains, "Mona", HubRole.Moderator);

        var (_, info) = await fixture.Grains.GetGrain<IChallengeGrain>(id).StartSession(mona, Jam());

        Assert.Equal(mona.ToString(), info.OpenedBy);
    }

    [Theory]
    [InlineData(ChallengeStatus.Draft)]
    [InlineData(ChallengeStatus.Evaluating)]
    [InlineData(ChallengeStatus.Closed)]
    public async Task A_challenge_that_takes_no_contributions_starts_no_session(ChallengeStatus status)
    {
        var (id, owner) = await ChallengeAsync(fixture.Grains, status);
        var sessionId = Guid.NewGuid();

        await Refused(ChallengeErrorCodes.StatusNotAllowed, () => fixture.Grains.GetGrain<IChallengeGrain>(id).StartSession(owner, Jam(sessionId)));

        await AssertNothingMadeAsync(id, sessionId);
    }

    [Fact]
    public async Task Someone_who_neither_owns_the_challenge_nor_moderates_starts_no_session()
    {
        var (id, _) = await ChallengeAsync(fixture.Grains);
        var bo = await AccountAsync(fixture.Grains, "Bo");
        var (_, otherOwner) = await ChallengeAsync(fixture.Grains);
        var sessionId = Guid.NewGuid();
        var challenge = fixture.Grains.GetGrain<IChallengeGrain>(id);

        await Refused(ErrorCodes.Forbidden, () => challenge.StartSession(bo, Jam(sessionId)));
        await Refused(ErrorCodes.Forbidden, () => challenge.StartSession(otherOwner, Jam(sessionId)));
        await Refused(ErrorCodes.Forbidden, () => challenge.StartSession(Guid.NewGuid(), Jam(sessionId)));

        await AssertNothingMadeAsync(id, sessionId);
    }

    [Fact]
    public async Task A_refused_opening_leaves_nothing_and_the_same_launch_then_succeeds()
    {
        var (id, owner) = await ChallengeAsync(fixture.Grains);
        var sessionId = Guid.NewGuid();
        var challenge = fixture.Grains.GetGrain<IChallengeGrain>(id);

        await Refused(ErrorCodes.TextRequired, () => challenge.StartSession(owner, Jam(sessionId, title: " ")));
        await Refused(ErrorCodes.InvalidArgument, () => challenge.StartSession(owner, Jam(sessionId) with { Settings = SessionSettings.Default with { VoteBudget = -1 } }));
        await AssertNothingMadeAsync(id, sessionId);

        var (started, _) = await challenge.StartSession(owner, Jam(sessionId));
        Assert.Equal(sessionId, started);
    }

    [Fact]
    public async Task A_launch_repeated_with_the_same_id_answers_the_same_session()
    {
        var (id, owner) = await ChallengeAsync(fixture.Grains);
        var sessionId = Guid.NewGuid();
        var challenge = fixture.Grains.GetGrain<IChallengeGrain>(id);

        var first = await challenge.StartSession(owner, Jam(sessionId));
        var again = await challenge.StartSession(owner, Jam(sessionId, title: "Ett annat namn"));

        Assert.Equal(first, again);
        Assert.Single((await challenge.Get())!.Sessions);
        Assert.Single(await ListedAsync(id));
        var (elsewhere, _) = await ChallengeAsync(fixture.Grains);
        await Refused(ErrorCodes.AlreadyExists, () => fixture.Grains.GetGrain<IChallengeGrain>(elsewhere).StartSession(AdminId, Jam(sessionId)));
    }

    [Fact]
    public async Task No_session_starts_on_a_challenge_that_does_not_exist()
    {
        var mona = await AccountAsync(fixture.Grains, "Mona", HubRole.Moderator);

        await Refused(ChallengeErrorCodes.ChallengeNotFound, () => fixture.Grains.GetGrain<IChallengeGrain>(Guid.NewGuid()).StartSession(mona, Jam()));
    }

    [Fact]
    public async Task A_session_is_live_until_it_closes_or_for_twelve_hours_after_it_opened()
    {
        var directory = fixture.Grains.GetGrain<ISessionDirectoryGrain>(0);
        var challengeId = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        SessionListing Listing(TimeSpan age, bool closed = false) => new(Guid.NewGuid(), "Jam", challengeId, "ABC234", now - age, Closed: closed);
        var (fresh, older, stale, closed) = (Listing(TimeSpan.FromMinutes(5)), Listing(TimeSpan.FromHours(11)), Listing(TimeSpan.FromHours(13)), Listing(TimeSpan.FromMinutes(1), closed: true));
        SessionListing[] listings = [fresh, older, stale, closed];
        try
        {
            foreach (var listing in listings)
            {
                await directory.Register(listing);
            }

            Assert.Equal(TimeSpan.FromHours(12), SessionDirectoryGrain.LiveWindow);
            Assert.Equal([fresh.SessionId, older.SessionId], (await ListedAsync(challengeId)).Select(s => s.SessionId));
        }
        finally
        {
            // Listings of sessions that do not exist would stay in the shared directory, where the retention tests look.
            foreach (var listing in listings)
            {
                await directory.Remove(listing.SessionId);
            }
        }
    }
}
