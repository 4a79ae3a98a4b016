using Hub.Grains.Accounts;
using Hub.Web.Localization;
using Hub.Web.Mail;
using Hub.Web.Shared;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Hub.Web.Identity;

/// <summary>Finds and creates accounts, and mails them one-time sign-in links.</summary>
public sealed class AccountRegistry(
    IGrainFactory grains,
    MailSender mail,
    PublicOrigin origin,
    IStringLocalizer<SharedResource> localizer,
    IOptions<AccountOptions> options)
{
    public Task<AccountView?> FindByEmailAsync(string email) => grains.FindAccountByEmailAsync(email);

    /// <summary>The account with this address, created if there is none yet.</summary>
    public Task<AccountView> FindOrCreateAsync(string email, string displayName, Guid? invitedBy = null) =>
        grains.FindOrCreateAccountAsync(new NewAccount(email, displayName, invitedBy));

    /// <summary>Mails a link that signs the account in; <paramref name="publicOrigin"/> is where the Hub is reached.</summary>
    public Task SendSignInLinkAsync(AccountView account, string publicOrigin, CancellationToken cancellationToken) =>
        SendLinkAsync(account, publicOrigin, TimeSpan.FromMinutes(options.Value.SignInLinkMinutes),
            localizer["Your sign-in link to the Innovation Hub"], localizer["Sign in to the Innovation Hub with this link. It works once, for {0} minutes:"], options.Value.SignInLinkMinutes, cancellationToken);

    public Task SendInvitationAsync(AccountView account, HttpRequest request, CancellationToken cancellationToken) =>
        SendLinkAsync(account, origin.For(request), TimeSpan.FromHours(options.Value.InvitationLinkHours),
            localizer["You are invited to the Innovation Hub"], localizer["You have an account on the Innovation Hub. Sign in with this link; it works once, for {0} hours:"], options.Value.InvitationLinkHours, cancellationToken);

    private async Task SendLinkAsync(AccountView account, string publicOrigin, TimeSpan lifetime, string subject, string intro, int validFor, CancellationToken cancellationToken)
    {
        var secret = await grains.GetGrain<IAccountGrain>(account.Id).IssueSignInLink(lifetime);
        var link = $"{publicOrigin}/sign-in/link?account={account.Id:N}&secret={Uri.EscapeDataString(secret)}";
        var body = $"{account.DisplayName},\n\n{string.Format(System.Globalization.CultureInfo.CurrentCulture, intro, validFor)}\n\n{link}\n\n{localizer["If you did not ask for this, ignore this message."]}\n";
        await mail.SendAsync(account.Email, subject, body, cancellationToken);
    }
}
