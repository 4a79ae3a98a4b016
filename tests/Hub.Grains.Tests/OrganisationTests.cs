using Hub.Grains.Accounts;
using Hub.Grains.Organisations;
using static Hub.Grains.Tests.AccountTests;
using static Hub.Grains.Tests.Assertions;

namespace Hub.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class OrganisationTests(ClusterFixture fixture)
{
    private static OrganisationProfile Profile(string name) => new(name, OrganisationKind.University, "Forskning och utbildning", "https://example.se");

    [Fact]
    public async Task Only_a_hub_admin_creates_an_organisation_and_names_are_unique()
    {
        var moderator = await AccountAsync(fixture.Grains, "Mona", HubRole.Moderator);
        var olle = await AccountAsync(fixture.Grains, "Olle");
        var name = $"KTH {Guid.NewGuid():N}";

        var admin = await AdminAsync(fixture.Grains);

        await Refused(AccountErrorCodes.NotAdmin, () => fixture.Grains.GetGrain<IOrganisationGrain>(Guid.NewGuid()).Create(moderator, Profile(name), olle));
        await fixture.Grains.GetGrain<IOrganisationGrain>(Guid.NewGuid()).Create(admin, Profile(name), olle);
        await Refused(OrganisationErrorCodes.NameTaken, () => fixture.Grains.GetGrain<IOrganisationGrain>(Guid.NewGuid()).Create(admin, Profile(name.ToUpperInvariant()), olle));
        Assert.Single(await fixture.Grains.GetGrain<IOrganisationDirectoryGrain>(0).List(), o => o.Name == name);
    }

    [Fact]
    public async Task An_organisation_admin_manages_members_of_their_own_organisation_only()
    {
        var admin = await AdminAsync(fixture.Grains);
        var (olle, petra, bo) = (await AccountAsync(fixture.Grains, "Olle"), await AccountAsync(fixture.Grains, "Petra"), await AccountAsync(fixture.Grains, "Bo"));
        var ours = fixture.Grains.GetGrain<IOrganisationGrain>(Guid.NewGuid());
        var theirs = fixture.Grains.GetGrain<IOrganisationGrain>(Guid.NewGuid());
        await ours.Create(admin, Profile($"Openlab {Guid.NewGuid():N}"), olle);
        await theirs.Create(admin, Profile($"SU {Guid.NewGuid():N}"), petra);

        await ours.SetMember(olle, bo, OrganisationRole.Member);
        await Refused(OrganisationErrorCodes.NotOrganisationAdmin, () => theirs.SetMember(olle, bo, OrganisationRole.Admin));
        await Refused(OrganisationErrorCodes.NotOrganisationAdmin, () => ours.SetMember(bo, bo, OrganisationRole.Admin));
        await Refused(OrganisationErrorCodes.LastOrganisationAdmin, () => ours.SetMember(olle, olle, null));

        Assert.Equal(OrganisationRole.Member, (await ours.Get())!.Members[bo]);
        Assert.DoesNotContain(bo, (await theirs.Get())!.Members.Keys);
        Assert.Equal(OrganisationRole.Member, (await fixture.Grains.GetGrain<IAccountGrain>(bo).Get())!.Memberships[(await ours.Get())!.Id]);
    }
}
