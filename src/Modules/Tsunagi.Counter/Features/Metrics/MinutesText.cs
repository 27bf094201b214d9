using System.Globalization;

namespace Tsunagi.Counter.Features.Metrics;

/// <summary>Minutes as shown in the tables: 「12.5」, or 「—」 when nothing was measured.</summary>
public static class MinutesText
{
    public static string Of(double? minutes) => minutes?.ToString("0.0", CultureInfo.InvariantCulture) ?? "—";
}
