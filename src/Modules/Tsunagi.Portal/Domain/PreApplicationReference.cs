using System.Security.Cryptography;
using System.Text;

namespace Tsunagi.Portal.Domain;

/// <summary>
/// 受付参照番号 of a pre-application: seven random characters of Crockford's base 32 (no I, L, O, U: nothing to misread)
/// and a Luhn mod 32 check character, shown as 「T7K-4MXQ-9」. Typed input is forgiving: full-width, lower case,
/// spaces and hyphens are accepted, O reads as 0 and I/L as 1; every single wrong character and most swaps are caught.
/// </summary>
public static class PreApplicationReference
{
    public const int DataLength = 7;
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string Generate()
    {
        var builder = new StringBuilder(DataLength + 1);
        for (var i = 0; i < DataLength; i++)
        {
            builder.Append(Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]);
        }

        var data = builder.ToString();
        return data + CheckCharacter(data);
    }

    /// <summary>「T7K-4MXQ-9」 from the canonical 8 characters.</summary>
    public static string Format(string canonical)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        return canonical.Length == DataLength + 1 ? $"{canonical[..3]}-{canonical[3..7]}-{canonical[7..]}" : canonical;
    }

    public static bool TryParse(string? input, out string canonical)
    {
        canonical = string.Empty;
        if (string.IsNullOrWhiteSpace(input) || input.Length > 40)
        {
            return false;
        }

        var builder = new StringBuilder(DataLength + 1);
        foreach (var raw in input.Normalize(NormalizationForm.FormKC).ToUpperInvariant())
        {
            var c = raw switch { 'O' => '0', 'I' or 'L' => '1', _ => raw };
            if (char.IsWhiteSpace(c) || c is '-' or '‐' or '−' or 'ー')
            {
                continue;
            }

            if (Alphabet.IndexOf(c, StringComparison.Ordinal) < 0)
            {
                return false;
            }

            builder.Append(c);
        }

        var candidate = builder.ToString();
        if (candidate.Length != DataLength + 1 || CheckCharacter(candidate[..DataLength]) != candidate[DataLength])
        {
            return false;
        }

        canonical = candidate;
        return true;
    }

    /// <summary>Luhn mod N over the alphabet.</summary>
    private static char CheckCharacter(string data)
    {
        var n = Alphabet.Length;
        var factor = 2;
        var sum = 0;
        for (var i = data.Length - 1; i >= 0; i--)
        {
            var addend = factor * Alphabet.IndexOf(data[i], StringComparison.Ordinal);
            factor = factor == 2 ? 1 : 2;
            sum += (addend / n) + (addend % n);
        }

        return Alphabet[(n - (sum % n)) % n];
    }
}
