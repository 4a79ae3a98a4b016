namespace Hub.Grains.Organisations;

[GenerateSerializer, Alias("Hub.OrganisationRole")]
public enum OrganisationRole
{
    Member,

    /// <summary>Manages the organisation's profile and members.</summary>
    Admin,
}
