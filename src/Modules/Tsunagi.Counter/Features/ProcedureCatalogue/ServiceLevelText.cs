using System.Globalization;

namespace Tsunagi.Counter.Features.ProcedureCatalogue;

/// <summary>A service level as staff read it: 「30分」, 「14日」.</summary>
public static class ServiceLevelText
{
    public static string Of(TimeSpan serviceLevel) =>
        serviceLevel.TotalMinutes >= 1440 && serviceLevel.TotalMinutes % 1440 == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{serviceLevel.TotalDays:0}日")
            : string.Create(CultureInfo.InvariantCulture, $"{serviceLevel.TotalMinutes:0}分");
}
