using System.Globalization;
using Tsunagi.Platform.Settings;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Consortium.Features.LawRevisionPackages;

/// <summary>A scope as people read it: 全国, 岩手県, 岩手県大槌町 (names from the national master list).</summary>
public static class ScopeNames
{
    public static string Of(SettingScope scope) => scope.Level switch
    {
        SettingScopeLevel.National => "全国",
        SettingScopeLevel.Prefecture => Find(scope.Id + "000") ?? scope.Id,
        _ => Find(scope.Id[..5]) ?? scope.Id,
    };

    private static string? Find(string firstFive) =>
        LocalGovernmentMaster.Instance.Find(firstFive + LocalGovernmentCode.CheckDigitFor(firstFive).ToString(CultureInfo.InvariantCulture))?.FullName;
}
