using Microsoft.Extensions.DependencyInjection;

namespace Tsunagi.Platform.Messaging;

public static class MessagingRegistration
{
    /// <summary>The outbox, its dispatcher and the background service that runs it.</summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services)
    {
        services.AddOptions<OutboxSettings>();
        services.AddScoped<Outbox>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService<OutboxDispatcherService>();
        return services;
    }

    /// <summary>Registers an in-process handler of one integration event type (scoped, resolved in the message's tenant scope).</summary>
    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : class, IIntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        services.AddScoped<THandler>();
        services.AddSingleton(IntegrationEventSubscription.For<TEvent, THandler>());
        return services;
    }
}
