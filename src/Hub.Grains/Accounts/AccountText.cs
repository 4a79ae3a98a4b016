using System.Net.Mail;

namespace Hub.Grains.Accounts;

/// <summary>Cleans and checks what people type about themselves.</summary>
public static class AccountText
{
    public const int MaxEmailLength = 254;
    public const int MaxDisplayNameLength = 80;

    /// <summary>Lower-cased, so that one address is one account however it is typed.</summary>
    public static string Email(string? email)
    {
        var trimmed = (email ?? "").Trim();
        return trimmed.Length is > 0 and <= MaxEmailLength && MailAddress.TryCreate(trimmed, out var address) && address.Address == trimmed
            ? trimmed.ToLowerInvariant()
            : throw new RuleException(AccountErrorCodes.InvalidEmail, "That is not an e-mail address.");
    }

    public static string DisplayName(string? name) => UserText.Require(name, MaxDisplayNameLength, "name");
}
