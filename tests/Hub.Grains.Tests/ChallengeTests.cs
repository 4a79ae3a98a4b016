using Hub.Grains.Accounts;
using Hub.Grains.Challenges;
using Hub.Grains.Organisations;
using static Hub.Grains.Tests.AccountTests;
using static Hub.Grains.Tests.Assertions;

namespace Hub.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class ChallengeTests(ClusterFixture fixture)
{
    private IChallengeDirectoryGrain Directory => fixture.Grains.GetGrain<IChallengeDirectoryGrain>(0);

    private static ChallengeDraft Draft(string title = "Tryggare skolvägar", DateTimeOffset? deadline = null, params Guid[] coOwners) => new(
        title, "Många barn skjutsas med bil.", "Fler barn som går.", ["Trafik", "Barn och unga"], ["Data"],
        ChallengeKind.OpenChallenge, deadline ?? DateTimeOffset.UtcNow.AddDays(30), coOwners);

    /// <summary>An organisation with one admin, who is a member of it.</summary>
    private async Task<(Guid Organisation, Guid Member)> OrganisationAsync(string name)
    {
        var member = await AccountAsync(fixture.Grains, $"Medlem i {name}");
        var organisation = Guid.NewGuid();
        await fixture.Grains.GetGrain<IOrganisationGrain>(organisation).Create(
            await AdminAsync(fixture.Grains), new OrganisationProfile($"{name} {organisation:N}", OrganisationKind.CityDepartment, "", null), member);
        return (organisation, member);
    }

    [Fact]
    public async Task A_draft_is_seen_only_by_its_owners_and_a_challenge_moves_forward_only()
    {
        var (trafikkontoret, olle) = await OrganisationAsync("Trafikkontoret");
        var id = Guid.NewGuid();
        var challenge = fixture.Grains.GetGrain<IChallengeGrain>(id);

        Assert.Equal(ChallengeStatus.Draft, (await challenge.Create(olle, trafikkontoret, Draft())).Status);
        Assert.DoesNotContain((await Directory.Search(new ChallengeQuery(OrganisationId: trafikkontoret))).Items, c => c.Id == id);
        Assert.Contains((await Directory.Search(new ChallengeQuery(OrganisationId: trafikkontoret, DraftsOf: [trafikkontoret]))).Items, c => c.Id == id);

        await challenge.SetStatus(olle, ChallengeStatus.Open);
        Assert.Contains((await Directory.Search(new ChallengeQuery(Status: ChallengeStatus.Open, Theme: "trafik", Take: 100))).Items, c => c.Id == id);
        await Refused(ChallengeErrorCodes.StatusNotAllowed, () => challenge.SetStatus(olle, ChallengeStatus.Draft));
        await challenge.SetStatus(olle, ChallengeStatus.Evaluating);
        await challenge.SetStatus(olle, ChallengeStatus.Closed);
        await Refused(ChallengeErrorCodes.ChallengeClosed, () => challenge.Update(olle, Draft("Ny titel")));

        var closed = (await challenge.Get())!;
        Assert.Equal((ChallengeStatus.Closed, "Tryggare skolvägar"), (closed.Status, closed.Title));
    }

    [Fact]
    public async Task Only_members_of_the_owners_edit_a_challenge()
    {
        var (trafikkontoret, olle) = await OrganisationAsync("Trafikkontoret");
        var (openlab, otto) = await OrganisationAsync("Openlab");
        var (_, petra) = await OrganisationAsync("Stadsmuseet");
        var challenge = fixture.Grains.GetGrain<IChallengeGrain>(Guid.NewGuid());
        await challenge.Create(olle, trafikkontoret, Draft(coOwners: openlab));

        await Refused(ChallengeErrorCodes.NotAnOwner, () => challenge.Update(petra, Draft("Kapad")));
        await Refused(ChallengeErrorCodes.NotAnOwner, () => challenge.SetStatus(petra, ChallengeStatus.Open));
        await Refused(ChallengeErrorCodes.NotAnOwner, () => fixture.Grains.GetGrain<IChallengeGrain>(Guid.NewGuid()).Create(petra, trafikkontoret, Draft()));
        await challenge.Update(otto, Draft("Tryggare skolvägar, med Openlab", coOwners: openlab));

        var edited = (await challenge.Get())!;
        Assert.Equal(("Tryggare skolvägar, med Openlab", ChallengeStatus.Draft), (edited.Title, edited.Status));
        Assert.Equal([trafikkontoret, openlab], edited.OwnerIds);
    }

    [Fact]
    public async Task Bad_input_is_refused_and_nothing_is_written()
    {
        var (trafikkontoret, olle) = await OrganisationAsync("Trafikkontoret");
        var challenge = fixture.Grains.GetGrain<IChallengeGrain>(Guid.NewGuid());

        await Refused(ChallengeErrorCodes.DeadlineInThePast, () => challenge.Create(olle, trafikkontoret, Draft(deadline: DateTimeOffset.UtcNow.AddDays(-1))));
        await Refused(OrganisationErrorCodes.OrganisationNotFound, () => challenge.Create(olle, trafikkontoret, Draft(coOwners: Guid.NewGuid())));
        await Refused(ErrorCodes.TextRequired, () => challenge.Create(olle, trafikkontoret, Draft(" ")));
        await Refused(ErrorCodes.TextTooLong, () => challenge.Create(olle, trafikkontoret, Draft(new string('x', ChallengeText.MaxTitleLength + 1))));
        await Refused(ErrorCodes.InvalidArgument, () => challenge.Create(olle, trafikkontoret, Draft() with { Themes = [.. Enumerable.Range(0, 11).Select(i => $"Tema {i}")] }));
        await Refused(OrganisationErrorCodes.OrganisationNotFound, () => challenge.Create(olle, Guid.NewGuid(), Draft()));

        Assert.Null(await challenge.Get());
    }

    [Fact]
    public async Task At_its_deadline_an_open_challenge_moves_to_evaluating_by_itself()
    {
        var (trafikkontoret, olle) = await OrganisationAsync("Trafikkontoret");
        var challenge = fixture.Grains.GetGrain<IChallengeGrain>(Guid.NewGuid());
        await challenge.Create(olle, trafikkontoret, Draft(deadline: DateTimeOffset.UtcNow.AddSeconds(2)));
        await challenge.SetStatus(olle, ChallengeStatus.Open);

        var evaluating = await Eventually.ReachesAsync(async () => (await challenge.Get())!.Status, ChallengeStatus.Evaluating, TimeSpan.FromSeconds(30));

        Assert.Equal(ChallengeStatus.Evaluating, evaluating);
    }

    [Theory]
    [InlineData(ChallengeStatus.Draft, false)]
    [InlineData(ChallengeStatus.Open, true)]
    [InlineData(ChallengeStatus.InProgress, true)]
    [InlineData(ChallengeStatus.Evaluating, false)]
    [InlineData(ChallengeStatus.Closed, false)]
    public void A_challenge_runs_while_it_is_open_or_in_progress(ChallengeStatus status, bool running) =>
        Assert.Equal(running, status.IsRunning());

    [Fact]
    public async Task A_draft_is_read_only_by_its_owners_and_then_by_everyone()
    {
        var (trafikkontoret, olle) = await OrganisationAsync("Trafikkontoret");
        var bo = await AccountAsync(fixture.Grains, "Bo");
        var mona = await AccountAsync(fixture.Grains, "Mona", HubRole.Moderator);
        var challenge = fixture.Grains.GetGrain<IChallengeGrain>(Guid.NewGuid());
        Assert.Null(await challenge.GetFor(olle));
        await challenge.Create(olle, trafikkontoret, Draft());

        Assert.Null(await challenge.GetFor(null));
        Assert.Null(await challenge.GetFor(bo));
        Assert.Null(await challenge.GetFor(mona));
        Assert.Equal("Tryggare skolvägar", (await challenge.GetFor(olle))?.Title);
        Assert.NotNull(await challenge.GetFor(await AdminAsync(fixture.Grains)));

        await challenge.SetStatus(olle, ChallengeStatus.Open);
        Assert.NotNull(await challenge.GetFor(null));
        Assert.NotNull(await challenge.GetFor(bo));
    }

    [Fact]
    public async Task Its_owners_and_the_hub_moderators_moderate_what_people_contribute_to_a_challenge()
    {
        var (trafikkontoret, olle) = await OrganisationAsync("Trafikkontoret");
        var (_, petra) = await OrganisationAsync("Openlab");
        var mona = await AccountAsync(fixture.Grains, "Mona", HubRole.Moderator);
        var challenge = fixture.Grains.GetGrain<IChallengeGrain>(Guid.NewGuid());
        Assert.False(await challenge.MayModerate(mona));
        await challenge.Create(olle, trafikkontoret, Draft());

        Assert.True(await challenge.MayModerate(olle));
        Assert.True(await challenge.MayModerate(mona));
        Assert.True(await challenge.MayModerate(await AdminAsync(fixture.Grains)));
        Assert.False(await challenge.MayModerate(petra));
        Assert.False(await challenge.MayModerate(Guid.NewGuid()));
    }
}
