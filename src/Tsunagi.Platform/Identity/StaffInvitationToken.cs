using System.Security.Cryptography;
using System.Text;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Identity;

/// <summary>
/// The token of an invitation link: the municipality code (not secret; it selects the tenant before anyone is
/// signed in) and 32 random bytes in base64url, e.g. <c>034622.Xk3…</c>. Only the hash of the secret is stored.
/// </summary>
public sealed record StaffInvitationToken(string MunicipalityCode, string Secret)
{
    private const int SecretBytes = 32;

    public string Value => MunicipalityCode + "." + Secret;

    public string Hash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Secret)));

    public static StaffInvitationToken New(string municipalityCode) =>
        new(municipalityCode, Base64UrlEncode(RandomNumberGenerator.GetBytes(SecretBytes)));

    /// <summary>Reads a token from a link; anything malformed is simply not a token.</summary>
    public static bool TryParse(string? value, out StaffInvitationToken? token)
    {
        token = null;
        if (value is not { Length: < 100 } || value.Split('.') is not [var code, var secret])
        {
            return false;
        }

        if (!LocalGovernmentCode.TryParse(code, out var parsed, out _) || parsed.Value.Value != code
            || secret.Length != 43 || !secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return false;
        }

        token = new StaffInvitationToken(code, secret);
        return true;
    }

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
