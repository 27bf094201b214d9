using System.Net.Mail;
using System.Text;

namespace Tsunagi.Portal.Identity;

/// <summary>E-mail addresses as residents type them: full-width characters folded, trimmed, the domain in lower case.</summary>
public static class ResidentEmail
{
    public const int MaxLength = 254;

    public static string Normalise(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var folded = email.Normalize(NormalizationForm.FormKC).Trim();
        var at = folded.LastIndexOf('@');
        return at < 0 ? folded : folded[..at] + "@" + folded[(at + 1)..].ToLowerInvariant();
    }

    public static bool IsValid(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return false;
        }

        var normalised = Normalise(email);
        return normalised.Length <= MaxLength
            && normalised.IndexOf('@', StringComparison.Ordinal) > 0
            && !normalised.Any(char.IsWhiteSpace)
            && MailAddress.TryCreate(normalised, out var parsed)
            && string.Equals(parsed.Address, normalised, StringComparison.Ordinal);
    }
}
