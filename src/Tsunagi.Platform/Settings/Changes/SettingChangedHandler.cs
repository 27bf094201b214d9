using Tsunagi.Platform.Messaging;

namespace Tsunagi.Platform.Settings.Changes;

/// <summary>Drops the key from the cache of the instance that delivers the message (the others poll, see ADR 0014).</summary>
public sealed class SettingChangedHandler(SettingsCache cache) : IIntegrationEventHandler<SettingChanged>
{
    public Task HandleAsync(SettingChanged integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        cache.Invalidate(integrationEvent.Key);
        return Task.CompletedTask;
    }
}
