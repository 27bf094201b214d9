using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Settings;

namespace Tsunagi.Consortium.Features.Onboarding;

/// <summary>Every declared setting as in force today for one municipality (nothing is copied at onboarding: all of it is inherited).</summary>
public sealed class InheritedSettingsQuery(SettingCatalog catalog, SettingsReader reader, TimeProvider time)
{
    public async Task<IReadOnlyList<InheritedSetting>> RunAsync(string municipalityCode, CancellationToken cancellationToken = default)
    {
        var today = TokyoTime.Today(time);
        var chain = SettingScope.ChainFor(municipalityCode);
        var settings = new List<InheritedSetting>();
        foreach (var definition in catalog.All)
        {
            settings.Add(new InheritedSetting(definition, await reader.ResolveAsync(definition, chain, today, cancellationToken)));
        }

        return settings;
    }
}
