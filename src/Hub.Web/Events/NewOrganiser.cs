namespace Hub.Web.Events;

/// <summary>Someone to organise an event with, by the address their account has.</summary>
internal sealed record NewOrganiser(string Email);
