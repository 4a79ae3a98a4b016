using Hub.Grains.Organisations;

namespace Hub.Web.Organisations;

/// <summary>An organisation as anyone may read it: its profile, not who its members are.</summary>
internal sealed record PublicOrganisation(Guid Id, OrganisationProfile Profile);
