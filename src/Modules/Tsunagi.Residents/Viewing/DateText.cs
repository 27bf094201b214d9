using System.Globalization;
using Tsunagi.Platform.Japanese;

namespace Tsunagi.Residents.Viewing;

/// <summary>Dates as the register's pages show them: 和暦 first, 西暦 beside it.</summary>
public static class DateText
{
    public static string Both(DateOnly date) => JapaneseEraDateFormat.Format(date) + "（" + Iso(date) + "）";

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
