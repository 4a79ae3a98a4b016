using Hub.Grains.Accounts;
using Hub.Grains.Challenges;
using Hub.Grains.Organisations;
using Hub.Grains.Sessions;
using static Hub.Grains.Tests.AccountTests;
using static Hub.Grains.Tests.Assertions;

namespace Hub.Grains.Tests;

/// <summary>A session decides who may moderate it by asking the account and challenge grains, never the caller.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SessionModeratorTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_participant_only_or_unknown_account_cannot_moderate()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains);
        var bo = await AccountAsync(fixture.Grains, "Bo");
        var nobody = Guid.NewGuid();
        var alva = await scenario.PostAsync(await scenario.JoinAsync("Alva"), "Cykelbuss");

        foreach (var accountId in new[] { bo, nobody })
        {
            var actor = SessionActor.Moderator(accountId.ToString());
            Assert.False(await scenario.Session.MayModerate(accountId));
            await Refused(ErrorCodes.Forbidden, () => scenario.Session.SetPhase(actor, SessionPhase.Vote, null));
            await Refused(ErrorCodes.Forbidden, () => scenario.Session.SetIdeaHidden(actor, alva.Id, hidden: true));
            await Refused(ErrorCodes.Forbidden, () => scenario.Session.CreateGroup(actor, "Kapad"));
            await Refused(ErrorCodes.Forbidden, () => scenario.Session.GetSnapshot(actor));
            await Refused(ErrorCodes.Forbidden, () => scenario.Session.CatchUp(actor, Guid.Empty, 0));
        }

        await Refused(ErrorCodes.Forbidden, () => scenario.Session.SetPhase(SessionActor.Moderator("moderator-1"), SessionPhase.Vote, null));
        await Refused(ErrorCodes.Forbidden, () => fixture.Grains.GetGrain<ISessionGrain>(Guid.NewGuid()).Open(
            new OpenSession("Kapad", Guid.NewGuid(), "Skolvägar", "KAP234", "Openlab", SessionSettings.Default), SessionActor.Moderator(bo.ToString())));
        var snapshot = await scenario.Session.GetSnapshot(scenario.Moderator);
        Assert.Equal((SessionPhase.Ideate, false), (snapshot.Phase, Assert.Single(snapshot.Ideas).Hidden));
        Assert.Empty(snapshot.Groups);
        Assert.True(await scenario.Session.MayModerate(scenario.ModeratorId));
    }

    [Fact]
    public async Task A_moderator_whose_role_is_taken_away_is_refused_at_the_next_call()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains);
        var max = await AccountAsync(fixture.Grains, "Max", HubRole.Moderator);
        var actor = SessionActor.Moderator(max.ToString());
        await scenario.Session.SetPhase(actor, SessionPhase.Ideate, null);

        await fixture.Grains.GetGrain<IAccountGrain>(max).SetRoles(await AdminAsync(fixture.Grains), new HashSet<HubRole>());

        await Refused(ErrorCodes.Forbidden, () => scenario.Session.SetPhase(actor, SessionPhase.Vote, null));
        await Refused(ErrorCodes.Forbidden, () => scenario.Session.GetSnapshot(actor));
        Assert.False(await scenario.Session.MayModerate(max));
        Assert.Equal(SessionPhase.Ideate, (await scenario.Session.GetSnapshot(scenario.Moderator)).Phase);
    }

    [Fact]
    public async Task The_opener_moderates_while_owning_the_challenge_and_not_after()
    {
        var otto = await AccountAsync(fixture.Grains, "Otto");
        var olle = await AccountAsync(fixture.Grains, "Olle");
        var organisationId = Guid.NewGuid();
        var organisation = fixture.Grains.GetGrain<IOrganisationGrain>(organisationId);
        await organisation.Create(await AdminAsync(fixture.Grains), new OrganisationProfile($"Trafikkontoret {organisationId:N}", OrganisationKind.CityDepartment, "", null), otto);
        await organisation.SetMember(otto, olle, OrganisationRole.Member);
        var challengeId = Guid.NewGuid();
        await fixture.Grains.GetGrain<IChallengeGrain>(challengeId).Create(olle, organisationId, new ChallengeDraft(
            "Tryggare skolvägar", "Många barn skjutsas med bil.", "Fler barn som går.", ["Trafik"], [], ChallengeKind.OpenChallenge, DateTimeOffset.UtcNow.AddDays(30), []));
        var session = fixture.Grains.GetGrain<ISessionGrain>(Guid.NewGuid());
        var opener = SessionActor.Moderator(olle.ToString());

        await session.Open(new OpenSession("Idéjam", challengeId, "Tryggare skolvägar", "OLL234", "Openlab", SessionSettings.Default), opener);
        await session.SetPhase(opener, SessionPhase.Ideate, null);
        Assert.True(await session.MayModerate(olle));

        // Otto owns the challenge too, but did not open this session; nor is he a moderator of the Hub.
        Assert.False(await session.MayModerate(otto));
        await Refused(ErrorCodes.Forbidden, () => session.SetPhase(SessionActor.Moderator(otto.ToString()), SessionPhase.Vote, null));

        await organisation.SetMember(otto, olle, role: null);

        Assert.False(await session.MayModerate(olle));
        await Refused(ErrorCodes.Forbidden, () => session.SetPhase(opener, SessionPhase.Vote, null));
        var mona = SessionActor.Moderator((await AccountAsync(fixture.Grains, "Mona", HubRole.Moderator)).ToString());
        Assert.Equal(SessionPhase.Ideate, (await session.GetSnapshot(mona)).Phase);
    }

    [Fact]
    public async Task The_log_names_the_moderators_account()
    {
        var scenario = await SessionScenario.OpenAsync(fixture.Grains);
        var idea = await scenario.PostAsync(await scenario.JoinAsync("Alva"), "Cykelbuss");
        var max = SessionActor.Moderator((await AccountAsync(fixture.Grains, "Max Modig", HubRole.Admin)).ToString());

        await scenario.Session.SetIdeaHidden(max, idea.Id, hidden: true);
        await scenario.Session.SetIdeaHidden(scenario.Moderator, idea.Id, hidden: false);

        var log = (await scenario.Session.GetSnapshot(scenario.Moderator)).ModerationLog!;
        Assert.Equal([("Max Modig", ModerationAction.IdeaHidden), ("Mona", ModerationAction.IdeaRestored)], log.Select(e => (e.Moderator, e.Action)));
    }
}
