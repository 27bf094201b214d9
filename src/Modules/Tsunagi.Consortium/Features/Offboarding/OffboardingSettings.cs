using Tsunagi.Platform.Settings;

namespace Tsunagi.Consortium.Features.Offboarding;

/// <summary>Settings of offboarding: the retention period (default 10 years, set nationally or per prefecture by law packages).</summary>
public sealed class OffboardingSettings : ISettingSource
{
    public static readonly SettingDefinition<RetentionPeriod> Retention =
        new("consortium.retention", new RetentionPeriod(10), "利用終了後のデータ保存期間", "Data retention after offboarding");

    public IEnumerable<SettingDefinition> Settings { get; } = [Retention];
}
