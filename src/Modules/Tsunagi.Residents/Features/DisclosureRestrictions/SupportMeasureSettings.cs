using Tsunagi.Platform.Settings;
using Tsunagi.Platform.Settings.Validation;

namespace Tsunagi.Residents.Features.DisclosureRestrictions;

/// <summary>
/// Settings of 支援措置: the period a measure runs when no end date is entered. 住民基本台帳事務処理要領 sets one year
/// (renewable on request); a prefecture or a town may shorten it by a setting, never lengthen it.
/// </summary>
public sealed class SupportMeasureSettings : ISettingSource
{
    public const int MaxMonths = 12;

    public static readonly SettingDefinition<SupportMeasurePeriod> Period =
        new("residents.support-measure", new SupportMeasurePeriod(12), "支援措置の標準期間", "Default period of a support measure")
        {
            Fields = [new SettingField("months", "期間（月数）", "Period (months)")],
            Rules = [value => value.Months is < 1 or > MaxMonths
                ? [new SettingError("months", $"1から{MaxMonths}までの月数を入力してください（事務処理要領の1年を超える期間は設定できません）。")]
                : []],
        };

    public IEnumerable<SettingDefinition> Settings { get; } = [Period];
}
