namespace Hub.Grains.Organisations;

/// <summary>Stable error codes of organisations; clients switch on these, so never rename one.</summary>
public static class OrganisationErrorCodes
{
    public const string OrganisationNotFound = "organisation_not_found";
    public const string NameTaken = "name_taken";
    public const string NotOrganisationAdmin = "not_organisation_admin";
    public const string NotOrganisationMember = "not_organisation_member";
    public const string LastOrganisationAdmin = "last_organisation_admin";
}
