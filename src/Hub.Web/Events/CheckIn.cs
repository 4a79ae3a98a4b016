namespace Hub.Web.Events;

public sealed record CheckIn(string Code, Guid? RegistrationId);
