using Tsunagi.Platform.Messaging;

namespace Tsunagi.Platform.Settings.Changes;

/// <summary>A new version of a setting was approved or imported; instances drop their cached versions of the key.</summary>
public sealed record SettingChanged(string Key) : IIntegrationEvent;
