using Hub.Grains.Organisations;

namespace Hub.Web.Organisations.Pages;

public sealed record OrganisationMember(Guid Id, string Name, string Email, OrganisationRole Role);
