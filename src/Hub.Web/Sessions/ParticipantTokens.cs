using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Hub.Web.Sessions;

/// <summary>
/// Signs and reads the tokens that let a participant without an account rejoin after a reload.
/// The token is authenticated encryption from ASP.NET Core Data Protection, so it cannot be forged
/// or altered, and it names one participant of one session only.
/// </summary>
internal sealed class ParticipantTokens(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Hub.Sessions.ParticipantToken.v1");

    public string Issue(ParticipantToken token) =>
        _protector.Protect($"{token.SessionId:N}.{token.ParticipantId:N}");

    public bool TryRead(string? value, out ParticipantToken token)
    {
        token = new ParticipantToken(Guid.Empty, Guid.Empty);
        if (string.IsNullOrEmpty(value) || value.Length > 1_000)
        {
            return false;
        }

        try
        {
            var parts = _protector.Unprotect(value).Split('.');
            if (parts.Length == 2 && Guid.TryParseExact(parts[0], "N", out var session) && Guid.TryParseExact(parts[1], "N", out var participant))
            {
                token = new ParticipantToken(session, participant);
                return true;
            }
        }
        catch (CryptographicException)
        {
            // Tampered, truncated or from another key ring: the same answer as any bad token.
        }

        return false;
    }
}
