using System.Security.Cryptography;
using System.Text;

namespace Tsunagi.Certificates.Domain;

/// <summary>
/// The public code printed on a certificate: the issuing municipality's 6-digit code, then 20 characters of Crockford
/// base32 (100 random bits) in groups of four, e.g. <c>045811-7KQ2-M9XD-3VTA-HP0C-W4RZ</c>. The prefix lets the public
/// page and API find the tenant without a login; the random part cannot be guessed. Input is forgiving: lower case,
/// full-width characters, missing hyphens and the Crockford look-alikes (O→0, I/L→1) are accepted.
/// </summary>
public static class VerificationCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int RandomLength = 20;

    public static string Create(string municipalityCode)
    {
        ArgumentException.ThrowIfNullOrEmpty(municipalityCode);
        Span<byte> bytes = stackalloc byte[RandomLength];
        RandomNumberGenerator.Fill(bytes);
        var builder = new StringBuilder(municipalityCode);
        for (var i = 0; i < RandomLength; i++)
        {
            if (i % 4 == 0)
            {
                builder.Append('-');
            }

            builder.Append(Alphabet[bytes[i] & 31]);
        }

        return builder.ToString();
    }

    /// <summary>The canonical form of <paramref name="input"/> and its municipality code, or false when it cannot be a code.</summary>
    public static bool TryParse(string? input, out string code, out string municipalityCode)
    {
        code = string.Empty;
        municipalityCode = string.Empty;
        if (string.IsNullOrWhiteSpace(input) || input.Length > 80)
        {
            return false;
        }

        var compact = new StringBuilder();
        foreach (var c in input.Normalize(NormalizationForm.FormKC).ToUpperInvariant())
        {
            if (c is '-' or ' ')
            {
                continue;
            }

            compact.Append(c switch { 'O' => '0', 'I' or 'L' => '1', _ => c });
        }

        if (compact.Length != 6 + RandomLength)
        {
            return false;
        }

        for (var i = 0; i < compact.Length; i++)
        {
            var valid = i < 6 ? char.IsAsciiDigit(compact[i]) : Alphabet.Contains(compact[i], StringComparison.Ordinal);
            if (!valid)
            {
                return false;
            }
        }

        var canonical = new StringBuilder(compact.ToString(0, 6));
        for (var i = 0; i < RandomLength; i++)
        {
            if (i % 4 == 0)
            {
                canonical.Append('-');
            }

            canonical.Append(compact[6 + i]);
        }

        code = canonical.ToString();
        municipalityCode = code[..6];
        return true;
    }
}
