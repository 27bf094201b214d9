using Tsunagi.Platform.Japanese;

namespace Tsunagi.Consortium.Features.LegacyMigration;

/// <summary>Dates as legacy files write them: 和暦 (S45.3.12, 昭和45年3月12日) or 西暦 (1970-03-12, 1970/3/12, 19700312), full-width digits accepted.</summary>
public static class LegacyDates
{
    /// <summary>The date, or null with the problem (<c>InvalidDate</c>, <c>NotWareki</c>, <c>NotSeireki</c>).</summary>
    public static (DateOnly? Date, string? Problem) Parse(string text, LegacyDateFormat format)
    {
        ArgumentNullException.ThrowIfNull(text);
        var digits = TypedDigits.Clean(text);
        var gregorian = digits is not null;
        var input = digits is { Length: 8 } ? $"{digits[..4]}-{digits[4..6]}-{digits[6..]}" : text;
        if (!gregorian)
        {
            var first = JapaneseDigits.ToAscii(text.Trim());
            gregorian = first.Length > 0 && char.IsAsciiDigit(first[0]);
        }

        if (format == LegacyDateFormat.Wareki && gregorian)
        {
            return (null, "NotWareki");
        }

        if (format == LegacyDateFormat.Seireki && !gregorian)
        {
            return (null, "NotSeireki");
        }

        return JapaneseEraDate.TryParse(input, out var date, out _) ? (date, null) : (null, "InvalidDate");
    }
}
