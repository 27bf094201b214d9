using System.Globalization;
using Tsunagi.Platform.Japanese;

namespace Tsunagi.Certificates.Features.Payment;

/// <summary>Reads typed amounts and dates of the cash-desk forms: full-width digits, 桁区切り and a trailing 円 are accepted.</summary>
public static class CashInput
{
    public static bool TryYen(string? text, out long yen)
    {
        yen = 0;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 30)
        {
            return false;
        }

        var cleaned = JapaneseDigits.ToAscii(text.Trim())
            .Replace(",", string.Empty, StringComparison.Ordinal)
            .Replace("，", string.Empty, StringComparison.Ordinal)
            .Replace("円", string.Empty, StringComparison.Ordinal)
            .Replace("¥", string.Empty, StringComparison.Ordinal)
            .Trim();
        return long.TryParse(cleaned, NumberStyles.None, CultureInfo.InvariantCulture, out yen);
    }

    public static bool TryDate(string? text, out DateOnly date) => JapaneseEraDate.TryParse(text, out date, out _);

    /// <summary>12,345円.</summary>
    public static string Yen(long yen) => yen.ToString("N0", CultureInfo.InvariantCulture) + "円";
}
