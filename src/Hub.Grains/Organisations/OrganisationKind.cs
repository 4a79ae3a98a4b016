namespace Hub.Grains.Organisations;

[GenerateSerializer, Alias("Hub.OrganisationKind")]
public enum OrganisationKind
{
    CityDepartment,
    University,
    Company,
    NonProfit,
}
