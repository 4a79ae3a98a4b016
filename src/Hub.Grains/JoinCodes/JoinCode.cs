using System.Security.Cryptography;

namespace Hub.Grains.JoinCodes;

/// <summary>
/// Short codes people read off a screen and type on a phone: six characters from an alphabet
/// without look-alikes (no 0/O, 1/I/L), shown as two halves, e.g. "KX7-M4P".
/// </summary>
public static class JoinCode
{
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public const int Length = 6;

    public static string NewCode() =>
        string.Create(Length, 0, static (chars, _) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
            }
        });

    /// <summary>Uppercases and drops spaces and dashes; null when what is left cannot be a code.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > 16)
        {
            return null;
        }

        var code = new string(input.Where(c => c is not ' ' and not '-').Select(char.ToUpperInvariant).ToArray());
        return code.Length == Length && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? code : null;
    }

    public static string Format(string code) => code.Length == Length ? $"{code[..3]}-{code[3..]}" : code;
}
