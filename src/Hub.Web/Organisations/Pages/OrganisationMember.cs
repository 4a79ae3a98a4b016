using Hub.Grains.Organisations;

namespace Hub.Web.Pages.Organisations;

public sealed record OrganisationMember(Guid Id, string Name, string Email, OrganisationRole Role);
