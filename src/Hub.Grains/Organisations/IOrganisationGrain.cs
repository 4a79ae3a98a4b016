using Hub.Grains.Accounts;

namespace Hub.Grains.Organisations;

/// <summary>
/// A partner organisation, keyed by id. It owns who belongs to it: its admins (and Hub admins)
/// manage the profile and the members, and its members and Hub admins see who belongs, checked
/// here against the acting or reading account.
/// </summary>
[Alias("Hub.IOrganisationGrain")]
public interface IOrganisationGrain : IGrainWithGuidKey
{
    /// <summary>A Hub admin creates an organisation and names its first admin.</summary>
    [Alias("Create")]
    Task<OrganisationView> Create(Guid actorId, OrganisationProfile profile, Guid firstAdminId);

    [Alias("Get"), AlwaysInterleave]
    Task<OrganisationView?> Get();

    [Alias("UpdateProfile")]
    Task<OrganisationView> UpdateProfile(Guid actorId, OrganisationProfile profile);

    /// <summary>Adds a member, changes their role, or (with a null role) removes them.</summary>
    [Alias("SetMember")]
    Task<OrganisationView> SetMember(Guid actorId, Guid accountId, OrganisationRole? role);

    /// <summary>
    /// An admin of the organisation (or a Hub admin) invites someone by e-mail address: the account
    /// is found, or created only once the actor may invite, and made a member with that role.
    /// </summary>
    [Alias("Invite")]
    Task<AccountView> Invite(Guid actorId, string email, string displayName, OrganisationRole role);

    /// <summary>The members, for one of them or a Hub admin; refused with not_organisation_member for anyone else.</summary>
    [Alias("MembersFor"), AlwaysInterleave]
    Task<OrganisationMembers> MembersFor(Guid readerId);

    /// <summary>Whether the account may change the profile and the members: an admin of the organisation, or a Hub admin.</summary>
    [Alias("MayManage"), AlwaysInterleave]
    Task<bool> MayManage(Guid accountId);

    /// <summary>Drops an erased account without calling it back.</summary>
    [Alias("ForgetMember")]
    Task ForgetMember(Guid accountId);
}
