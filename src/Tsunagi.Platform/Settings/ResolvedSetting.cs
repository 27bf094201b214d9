namespace Tsunagi.Platform.Settings;

/// <summary>The value in force for one tenant on one day, and where it came from (no scope: the declared default).</summary>
public sealed record ResolvedSetting(string Key, string ValueJson, SettingScope? Scope, DateOnly? EffectiveFrom, int Version)
{
    public bool IsDefault => Scope is null;
}
