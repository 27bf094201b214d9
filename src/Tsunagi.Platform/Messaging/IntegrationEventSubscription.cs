using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Tsunagi.Platform.Messaging;

/// <summary>One registered handler of one event type; singletons the dispatcher looks up by the message's type name.</summary>
public sealed class IntegrationEventSubscription
{
    private readonly Func<IServiceProvider, string, CancellationToken, Task> _deliver;

    private IntegrationEventSubscription(string eventTypeName, string handlerName, Func<IServiceProvider, string, CancellationToken, Task> deliver)
    {
        EventTypeName = eventTypeName;
        HandlerName = handlerName;
        _deliver = deliver;
    }

    public string EventTypeName { get; }

    /// <summary>Recorded in inbox receipts; renaming a handler makes it see undelivered messages as new.</summary>
    public string HandlerName { get; }

    public static IntegrationEventSubscription For<TEvent, THandler>()
        where TEvent : class, IIntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent> =>
        new(
            IntegrationEventNames.Of(typeof(TEvent)),
            typeof(THandler).FullName ?? typeof(THandler).Name,
            (services, payload, cancellationToken) =>
            {
                var integrationEvent = JsonSerializer.Deserialize<TEvent>(payload, IntegrationEventNames.Json)
                    ?? throw new JsonException("The outbox payload is null.");
                return services.GetRequiredService<THandler>().HandleAsync(integrationEvent, cancellationToken);
            });

    internal Task DeliverAsync(IServiceProvider services, string payload, CancellationToken cancellationToken) =>
        _deliver(services, payload, cancellationToken);
}
