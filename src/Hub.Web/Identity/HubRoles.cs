namespace Hub.Web.Identity;

/// <summary>Role names in the sign-in cookie, and the policies that require them.</summary>
internal static class HubRoles
{
    public const string Admin = "admin";
    public const string Moderator = "moderator";

    /// <summary>Claim types whose values are the ids of the organisations a person belongs to, or administers.</summary>
    public const string OrganisationMember = "hub:organisation";
    public const string OrganisationAdmin = "hub:organisation-admin";
}
