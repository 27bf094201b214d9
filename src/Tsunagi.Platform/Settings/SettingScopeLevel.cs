namespace Tsunagi.Platform.Settings;

/// <summary>Where a setting value applies. Resolution walks from the municipality outwards; the closest value in force wins.</summary>
public enum SettingScopeLevel
{
    National = 0,
    Prefecture = 1,
    Municipality = 2,
}
