using System.Security.Cryptography;
using System.Text;

namespace Hub.Web.Identity;

/// <summary>
/// A secret made anew at every start and printed to this process's console, so that only whoever
/// can read that console uses the link it is part of.
/// </summary>
internal sealed class ConsoleSecret
{
    public string Value { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public bool Matches(string candidate) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), Encoding.UTF8.GetBytes(Value));
}
