namespace Hub.Web.Organisations;

/// <summary>Partner organisations: their profiles and members.</summary>
internal static class OrganisationsFeature
{
    public static IEndpointRouteBuilder MapOrganisations(this IEndpointRouteBuilder routes) => routes.MapOrganisationsApi();
}
