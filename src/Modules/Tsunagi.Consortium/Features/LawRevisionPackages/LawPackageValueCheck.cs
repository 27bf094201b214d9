using Tsunagi.Platform.Settings.Validation;

namespace Tsunagi.Consortium.Features.LawRevisionPackages;

/// <summary>
/// Checks every entry's value with the platform's <see cref="SettingValidator"/> (the setting's schema and its rules, as a
/// change request is checked) before a preview or an import; any problem refuses the whole package, naming the entry
/// number, the key and the field (「項目1 の value（certificates.fees）：手数料（1通）（2行目）：…」).
/// </summary>
public static class LawPackageValueCheck
{
    public static async Task EnsureValidAsync(SettingValidator validator, LawPackage package)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(package);
        var problems = new List<string>();
        foreach (var entry in package.Entries)
        {
            foreach (var error in await validator.CheckAsync(entry.Setting, entry.ValueJson))
            {
                problems.Add($"項目{entry.Number} の value（{entry.Setting.Key}）：{error.Message}");
            }
        }

        if (problems.Count > 0)
        {
            throw new LawPackageRejectedException(problems);
        }
    }
}
