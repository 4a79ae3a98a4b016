using Hub.Grains.Accounts;
using Hub.Grains.Challenges;
using Hub.Grains.Contributions;
using Hub.Grains.Organisations;
using static Hub.Grains.Tests.AccountTests;
using static Hub.Grains.Tests.Assertions;

namespace Hub.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class ContributionTests(ClusterFixture fixture)
{
    private async Task<Guid> OrganisationAsync(string name, OrganisationKind kind, Guid admin)
    {
        var id = Guid.NewGuid();
        await fixture.Grains.GetGrain<IOrganisationGrain>(id).Create(await AdminAsync(fixture.Grains), new OrganisationProfile($"{name} {id:N}", kind, "", null), admin);
        return id;
    }

    private async Task<(Guid Challenge, Guid Owner)> OpenChallengeAsync(ChallengeKind kind)
    {
        var owner = await AccountAsync(fixture.Grains, "Olle");
        var organisation = await OrganisationAsync("Stadsledningskontoret", OrganisationKind.CityDepartment, owner);
        var id = Guid.NewGuid();
        var challenge = fixture.Grains.GetGrain<IChallengeGrain>(id);
        await challenge.Create(owner, organisation, new ChallengeDraft(
            "Innovationsslussar", "Hur prövas goda idéer?", "", ["Innovation"], [], kind, DateTimeOffset.UtcNow.AddDays(30), []));
        await challenge.SetStatus(owner, ChallengeStatus.Open);
        return (id, owner);
    }

    [Fact]
    public async Task People_contribute_between_sessions_and_the_owners_hide_what_does_not_belong()
    {
        var (id, owner) = await OpenChallengeAsync(ChallengeKind.OpenChallenge);
        var contributions = fixture.Grains.GetGrain<IChallengeContributionsGrain>(id);
        var (alva, bo) = (await AccountAsync(fixture.Grains, "Alva"), await AccountAsync(fixture.Grains, "Bo"));

        var idea = await contributions.SubmitIdea(alva, "En sluss i varje förvaltning");
        var rude = await contributions.Comment(bo, idea, "Dumt");
        await contributions.Comment(bo, idea, "Bra, med en coach per sluss");
        await contributions.Endorse(bo, idea, endorse: true);
        await contributions.Endorse(bo, idea, endorse: true);
        await contributions.Follow(bo, follow: true);

        await Refused(ErrorCodes.Forbidden, () => contributions.SetHidden(alva, rude, hidden: true));
        await contributions.SetHidden(owner, rude, hidden: true);

        var seenByBo = await contributions.Get(bo);
        var shown = Assert.Single(seenByBo.Ideas);
        Assert.Equal((1, "Bra, med en coach per sluss"), (shown.Endorsements, Assert.Single(shown.Comments).Text));
        Assert.Equal((1, true), (seenByBo.Followers, seenByBo.Following));
        Assert.Equal(2, Assert.Single((await contributions.Get(owner)).Ideas).Comments.Count);
    }

    [Fact]
    public async Task An_account_knows_the_challenges_it_follows_and_erasing_it_leaves_no_follower_behind()
    {
        var (first, _) = await OpenChallengeAsync(ChallengeKind.OpenChallenge);
        var (second, _) = await OpenChallengeAsync(ChallengeKind.ProcurementNeed);
        var bo = await AccountAsync(fixture.Grains, "Bo");
        var account = fixture.Grains.GetGrain<IAccountGrain>(bo);

        await fixture.Grains.GetGrain<IChallengeContributionsGrain>(first).Follow(bo, follow: true);
        await fixture.Grains.GetGrain<IChallengeContributionsGrain>(second).Follow(bo, follow: true);
        await fixture.Grains.GetGrain<IChallengeContributionsGrain>(first).Follow(bo, follow: false);

        Assert.Equal([second], await account.FollowedChallenges());
        Assert.Equal([second], (await account.Export(bo)).FollowedChallengeIds);
        await account.Erase(bo);

        Assert.Equal(0, (await fixture.Grains.GetGrain<IChallengeContributionsGrain>(second).Get(null)).Followers);
        Assert.Empty(await account.FollowedChallenges());
    }

    [Fact]
    public async Task Only_an_open_challenge_takes_contributions()
    {
        var (id, owner) = await OpenChallengeAsync(ChallengeKind.OpenChallenge);
        await fixture.Grains.GetGrain<IChallengeGrain>(id).SetStatus(owner, ChallengeStatus.Evaluating);

        await Refused(ContributionErrorCodes.NotTakingContributions, () => fixture.Grains.GetGrain<IChallengeContributionsGrain>(id).SubmitIdea(owner, "Sent påtänkt"));
        Assert.Empty((await fixture.Grains.GetGrain<IChallengeContributionsGrain>(id).Get(owner)).Ideas);
    }

    [Fact]
    public async Task In_a_market_dialogue_companies_ask_in_public_and_propose_to_the_owners_alone()
    {
        var (id, owner) = await OpenChallengeAsync(ChallengeKind.ProcurementNeed);
        var contributions = fixture.Grains.GetGrain<IChallengeContributionsGrain>(id);
        var (cecilia, david, erik) = (await AccountAsync(fixture.Grains, "Cecilia"), await AccountAsync(fixture.Grains, "David"), await AccountAsync(fixture.Grains, "Erik"));
        var techAb = await OrganisationAsync("Tech AB", OrganisationKind.Company, cecilia);
        var dataAb = await OrganisationAsync("Data AB", OrganisationKind.Company, david);
        var university = await OrganisationAsync("Högskolan", OrganisationKind.University, erik);

        var question = await contributions.Ask(cecilia, techAb, "Får lösningen använda molntjänster?");
        await Refused(ContributionErrorCodes.NotACompany, () => contributions.Ask(erik, university, "Får vi vara med?"));
        await Refused(ContributionErrorCodes.NotACompany, () => contributions.Ask(cecilia, dataAb, "I någon annans namn"));
        await Refused(ChallengeErrorCodes.NotAnOwner, () => contributions.Answer(cecilia, question, "Ja"));
        await contributions.Answer(owner, question, "Ja, inom EU.");
        await contributions.Propose(cecilia, techAb, "Vårt förslag");
        await contributions.Propose(david, dataAb, "Vårt bättre förslag");

        Assert.Equal("Ja, inom EU.", Assert.Single((await contributions.Get(null)).Questions).Answer);
        Assert.Empty((await contributions.Get(null)).Proposals);
        Assert.Equal(["Vårt förslag"], (await contributions.Get(cecilia)).Proposals.Select(p => p.Text));
        Assert.Equal(2, (await contributions.Get(owner)).Proposals.Count);
    }

    [Fact]
    public async Task A_company_made_co_owner_does_not_read_other_companies_proposals()
    {
        var (id, owner) = await OpenChallengeAsync(ChallengeKind.ProcurementNeed);
        var (cecilia, rival) = (await AccountAsync(fixture.Grains, "Cecilia"), await AccountAsync(fixture.Grains, "Rival"));
        var techAb = await OrganisationAsync("Tech AB", OrganisationKind.Company, cecilia);
        var rivalAb = await OrganisationAsync("Rival AB", OrganisationKind.Company, rival);
        var challenge = fixture.Grains.GetGrain<IChallengeGrain>(id);
        var draft = (await challenge.Get())!.Draft;
        await challenge.Update(owner, draft with { CoOwnerIds = [rivalAb] });
        await fixture.Grains.GetGrain<IChallengeContributionsGrain>(id).Propose(cecilia, techAb, "Vårt förslag");

        Assert.Empty((await fixture.Grains.GetGrain<IChallengeContributionsGrain>(id).Get(rival)).Proposals);
        Assert.Single((await fixture.Grains.GetGrain<IChallengeContributionsGrain>(id).Get(owner)).Proposals);
    }

    [Fact]
    public async Task An_erased_account_leaves_no_name_on_its_contributions()
    {
        var (id, _) = await OpenChallengeAsync(ChallengeKind.OpenChallenge);
        var contributions = fixture.Grains.GetGrain<IChallengeContributionsGrain>(id);
        var alva = await AccountAsync(fixture.Grains, "Alva Andersson");
        await contributions.SubmitIdea(alva, "En idé som får stå kvar");
        Assert.Equal("Alva Andersson", Assert.Single((await contributions.Get(null)).Ideas).AuthorName);

        await fixture.Grains.GetGrain<IAccountGrain>(alva).Erase(alva);

        var idea = Assert.Single((await contributions.Get(null)).Ideas);
        Assert.Equal(("En idé som får stå kvar", ""), (idea.Text, idea.AuthorName));
    }
}
