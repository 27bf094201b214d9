using System.Globalization;
using Tsunagi.Platform.Japanese;

namespace Tsunagi.Residents.Web;

/// <summary>A date as the counter shows it: 令和8年11月20日（2026-11-20）.</summary>
public static class JapaneseDates
{
    public static string Wareki(DateOnly date) => JapaneseEraDateFormat.Format(date) + "（" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "）";
}
