namespace Tsunagi.Platform.Messaging;

/// <summary>
/// Reacts to one kind of integration event, in the tenant scope of the message. Its writes through the
/// scope's <see cref="Persistence.PlatformDbContext"/> commit in the same transaction as the inbox receipt,
/// so a handled message is never handled again.
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
