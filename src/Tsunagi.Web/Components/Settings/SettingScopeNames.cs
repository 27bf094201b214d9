using Microsoft.Extensions.Localization;
using Tsunagi.Platform.Settings;
using Tsunagi.Web.Resources;

namespace Tsunagi.Web.Components.Settings;

/// <summary>Where a value comes from, in words: 国・都道府県（03）・市町村（035033）・既定値.</summary>
public static class SettingScopeNames
{
    public static string Of(IStringLocalizer<SharedResource> l, SettingScope? scope)
    {
        ArgumentNullException.ThrowIfNull(l);
        return scope switch
        {
            null => l["Settings.Scope.Default"],
            { Level: SettingScopeLevel.National } => l["Settings.Scope.National"],
            { Level: SettingScopeLevel.Prefecture } s => $"{l["Settings.Scope.Prefecture"]}（{s.Id}）",
            { } s => $"{l["Settings.Scope.Municipality"]}（{s.Id}）",
        };
    }
}
