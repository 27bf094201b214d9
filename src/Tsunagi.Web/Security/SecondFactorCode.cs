using System.Text;

namespace Tsunagi.Web.Security;

/// <summary>
/// What a staff member typed as a second factor: a 6-digit authenticator code or a recovery code
/// (XXXXX-XXXXX). Full-width characters, spaces and a missing or full-width hyphen are accepted.
/// </summary>
public sealed record SecondFactorCode(SecondFactorCodeKind Kind, string Value)
{
    private const int AuthenticatorLength = 6;
    private const int RecoveryHalfLength = 5;

    public static SecondFactorCode? Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > 64)
        {
            return null;
        }

        var compact = new StringBuilder(input.Length);
        foreach (var c in input.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c))
            {
                compact.Append(char.ToUpperInvariant(c));
            }
        }

        var text = compact.ToString();
        if (text.Length == AuthenticatorLength && text.All(char.IsAsciiDigit))
        {
            return new SecondFactorCode(SecondFactorCodeKind.Authenticator, text);
        }

        var letters = text.Replace("-", string.Empty, StringComparison.Ordinal);
        if (letters.Length == 2 * RecoveryHalfLength && letters.All(char.IsAsciiLetterOrDigit) && (letters.Length == text.Length || (letters.Length + 1 == text.Length && text[RecoveryHalfLength] == '-')))
        {
            return new SecondFactorCode(SecondFactorCodeKind.RecoveryCode, $"{letters[..RecoveryHalfLength]}-{letters[RecoveryHalfLength..]}");
        }

        return null;
    }
}
