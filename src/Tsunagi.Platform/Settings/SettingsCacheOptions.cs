namespace Tsunagi.Platform.Settings;

public sealed class SettingsCacheOptions
{
    /// <summary>How often each instance checks whether another one stored a setting value (the longest a cache stays stale).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
