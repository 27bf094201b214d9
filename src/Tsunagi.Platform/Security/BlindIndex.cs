using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Tsunagi.Platform.Security;

/// <summary>
/// Keyed blind index for exact-match search of an encrypted value: HMAC-SHA256 under the tenant's
/// index key for the purpose, over the normalised value. Equal values in one tenant index equally;
/// the same value in two tenants does not, and without the key the index reveals nothing searchable.
/// </summary>
public static class BlindIndex
{
    public const int Size = 32;

    public static byte[] Compute(DataKeyMaterial key, string purpose, string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        PersonalDataPurpose.Validate(purpose);
        var indexKey = key.IndexKey(purpose);
        var index = HMACSHA256.HashData(indexKey, Encoding.UTF8.GetBytes(Normalise(value)));
        CryptographicOperations.ZeroMemory(indexKey);
        return index;
    }

    /// <summary>
    /// NFKC (full-width digits and letters become ASCII), without white space or hyphens, upper case:
    /// <c>１２３４ ５６７８-９０１８</c> and <c>123456789018</c> index equally.
    /// </summary>
    public static string Normalise(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.DashPunctuation && c != '\u2212')
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }
}
