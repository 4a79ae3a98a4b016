namespace Hub.Grains.Accounts;

/// <summary>Stable error codes of accounts; clients switch on these, so never rename one.</summary>
public static class AccountErrorCodes
{
    public const string AccountNotFound = "account_not_found";
    public const string InvalidEmail = "invalid_email";
    public const string EmailTaken = "email_taken";
    public const string NotAdmin = "not_admin";
    public const string AdminExists = "admin_exists";
    public const string LastAdmin = "last_admin";
}
