namespace Hub.Grains.Organisations;

/// <summary>
/// A partner organisation, keyed by id. It owns who belongs to it: its admins (and Hub admins)
/// manage the profile and the members, checked here against the acting account.
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

    /// <summary>Drops an erased account without calling it back.</summary>
    [Alias("ForgetMember")]
    Task ForgetMember(Guid accountId);
}
