namespace Hub.Web.Events;

/// <summary>Someone to organise an event with, by the address their account has.</summary>
public sealed record NewOrganiser(string Email);
