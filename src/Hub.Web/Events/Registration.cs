namespace Hub.Web.Events;

/// <summary>What someone who registered keeps: the id their check-in names, so that they count once.</summary>
public sealed record Registration(Guid RegistrationId);
