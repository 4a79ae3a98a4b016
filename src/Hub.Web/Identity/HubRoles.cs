namespace Hub.Web.Identity;

public static class HubRoles
{
    public const string Moderator = "moderator";
}
