using Hub.Grains.Organisations;

namespace Hub.Web.Organisations;

internal static class OrganisationKindText
{
    /// <summary>The kind in words, to be localised by the page.</summary>
    public static string Describe(OrganisationKind kind) => kind switch
    {
        OrganisationKind.CityDepartment => "City department",
        OrganisationKind.University => "University",
        OrganisationKind.Company => "Company",
        OrganisationKind.NonProfit => "Non-profit",
        _ => kind.ToString(),
    };
}
