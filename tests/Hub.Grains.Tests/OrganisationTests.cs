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

    [Fact]
    public async Task An_outsiders_invitation_is_refused_and_creates_no_account()
    {
        var admin = await AdminAsync(fixture.Grains);
        var (olle, bo) = (await AccountAsync(fixture.Grains, "Olle"), await AccountAsync(fixture.Grains, "Bo"));
        var ours = fixture.Grains.GetGrain<IOrganisationGrain>(Guid.NewGuid());
        await ours.Create(admin, Profile($"Openlab {Guid.NewGuid():N}"), olle);
        var email = $"{Guid.NewGuid():N}@example.se";

        await Refused(OrganisationErrorCodes.NotOrganisationAdmin, () => ours.Invite(bo, email, "Eva", OrganisationRole.Member));
        await Refused(OrganisationErrorCodes.NotOrganisationAdmin, () => ours.Invite(bo, email, "Eva", OrganisationRole.Admin));

        Assert.Null(await fixture.Grains.GetGrain<IAccountDirectoryGrain>(0).FindByEmail(email));
        Assert.Equal([olle], (await ours.Get())!.Members.Keys);
    }

    [Fact]
    public async Task An_organisation_admins_invitation_creates_the_account_once_and_a_second_finds_it()
    {
        var admin = await AdminAsync(fixture.Grains);
        var olle = await AccountAsync(fixture.Grains, "Olle");
        var ours = fixture.Grains.GetGrain<IOrganisationGrain>(Guid.NewGuid());
        await ours.Create(admin, Profile($"Openlab {Guid.NewGuid():N}"), olle);
        var email = $"Eva.{Guid.NewGuid():N}@Example.se";

        var invited = await ours.Invite(olle, email, "Eva", OrganisationRole.Member);
        var again = await ours.Invite(admin, $"  {email.ToUpperInvariant()} ", "Eva Andersson", OrganisationRole.Admin);

        Assert.Equal(invited.Id, again.Id);
        Assert.Equal(email.ToLowerInvariant(), again.Email);
        Assert.Equal("Eva", again.DisplayName);
        Assert.Equal(invited.Id, await fixture.Grains.GetGrain<IAccountDirectoryGrain>(0).FindByEmail(email.ToLowerInvariant()));
        Assert.Equal(OrganisationRole.Admin, (await ours.Get())!.Members[invited.Id]);
        Assert.Equal(OrganisationRole.Admin, again.Memberships[(await ours.Get())!.Id]);
    }

    [Fact]
    public async Task An_invitation_with_a_bad_address_or_role_creates_no_account()
    {
        var admin = await AdminAsync(fixture.Grains);
        var olle = await AccountAsync(fixture.Grains, "Olle");
        var ours = fixture.Grains.GetGrain<IOrganisationGrain>(Guid.NewGuid());
        await ours.Create(admin, Profile($"Openlab {Guid.NewGuid():N}"), olle);
        var email = $"{Guid.NewGuid():N}@example.se";

        await Refused(AccountErrorCodes.InvalidEmail, () => ours.Invite(olle, "inte en adress", "Eva", OrganisationRole.Member));
        await Refused(ErrorCodes.InvalidArgument, () => ours.Invite(olle, email, "Eva", (OrganisationRole)7));

        Assert.Null(await fixture.Grains.GetGrain<IAccountDirectoryGrain>(0).FindByEmail(email));
        Assert.Equal([olle], (await ours.Get())!.Members.Keys);
    }

    [Fact]
    public async Task Members_and_hub_admins_read_the_member_list_and_others_are_refused()
    {
        var admin = await AdminAsync(fixture.Grains);
        var moderator = await AccountAsync(fixture.Grains, "Mona", HubRole.Moderator);
        var (olle, bo, petra) = (await AccountAsync(fixture.Grains, "Olle"), await AccountAsync(fixture.Grains, "Bo"), await AccountAsync(fixture.Grains, "Petra"));
        var ours = fixture.Grains.GetGrain<IOrganisationGrain>(Guid.NewGuid());
        await ours.Create(admin, Profile($"Openlab {Guid.NewGuid():N}"), olle);
        await ours.SetMember(olle, bo, OrganisationRole.Member);

        await Refused(OrganisationErrorCodes.NotOrganisationMember, () => ours.MembersFor(petra));
        await Refused(OrganisationErrorCodes.NotOrganisationMember, () => ours.MembersFor(moderator));
        await Refused(OrganisationErrorCodes.OrganisationNotFound, () => fixture.Grains.GetGrain<IOrganisationGrain>(Guid.NewGuid()).MembersFor(admin));

        var byMember = await ours.MembersFor(bo);
        var byOrganisationAdmin = await ours.MembersFor(olle);
        var byHubAdmin = await ours.MembersFor(admin);
        Assert.Equal(new Dictionary<Guid, OrganisationRole> { [olle] = OrganisationRole.Admin, [bo] = OrganisationRole.Member }, byHubAdmin.Organisation.Members);
        Assert.Equal(byHubAdmin.Organisation.Members, byMember.Organisation.Members);
        Assert.Equal((false, true, true), (byMember.MayManage, byOrganisationAdmin.MayManage, byHubAdmin.MayManage));
    }

    [Fact]
    public async Task Its_admins_and_hub_admins_manage_an_organisation_and_no_one_manages_one_that_does_not_exist()
    {
        var admin = await AdminAsync(fixture.Grains);
        var moderator = await AccountAsync(fixture.Grains, "Mona", HubRole.Moderator);
        var (olle, bo, petra) = (await AccountAsync(fixture.Grains, "Olle"), await AccountAsync(fixture.Grains, "Bo"), await AccountAsync(fixture.Grains, "Petra"));
        var ours = fixture.Grains.GetGrain<IOrganisationGrain>(Guid.NewGuid());
        await ours.Create(admin, Profile($"Openlab {Guid.NewGuid():N}"), olle);
        await ours.SetMember(olle, bo, OrganisationRole.Member);

        Assert.Equal(
            (true, true, false, false, false),
            (await ours.MayManage(olle), await ours.MayManage(admin), await ours.MayManage(bo), await ours.MayManage(petra), await ours.MayManage(moderator)));
        Assert.False(await fixture.Grains.GetGrain<IOrganisationGrain>(Guid.NewGuid()).MayManage(admin));
    }
}
