using Tsunagi.Platform.Settings;

namespace Tsunagi.Portal.Features.PreApplications;

/// <summary>The portal's settings (per municipality, with an effective date, like every setting).</summary>
public sealed class PortalSettings : ISettingSource
{
    public static readonly SettingDefinition<PreApplicationRules> PreApplication =
        new("portal.pre-application", new PreApplicationRules(14, 30), "事前申請の有効期間と個人データの保存日数", "Pre-application validity and personal data retention (days)");

    public IEnumerable<SettingDefinition> Settings { get; } = [PreApplication];
}
