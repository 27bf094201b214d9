namespace Tsunagi.Platform.Settings;

/// <summary>Implemented once per module to declare its setting types (registered as a singleton, like permissions).</summary>
public interface ISettingSource
{
    IEnumerable<SettingDefinition> Settings { get; }
}
