using Hub.Grains.Organisations;

namespace Hub.Web.Organisations;

/// <summary>The query string of an organisation search: <c>?kind=University&amp;offer=Labb</c>.</summary>
internal sealed record OrganisationSearch(string? Text, OrganisationKind? Kind, string? Offer, int? Skip, int? Take)
{
    public OrganisationQuery ToQuery() => new(Text, Kind, Offer, Skip ?? 0, Take ?? 20);
}
