using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Tsunagi.Platform.Messaging;
using Tsunagi.Web.Tests.Infrastructure;

namespace Tsunagi.Web.Tests.Messaging;

/// <summary>The host on PostgreSQL with the probing handler, and without the background dispatcher: the test drives each round.</summary>
public sealed class OutboxPostgresFactory : PostgresFactory
{
    public ConcurrentQueue<TenantProbe> Probes { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            foreach (var background in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(OutboxDispatcherService)).ToList())
            {
                services.Remove(background);
            }

            services.AddSingleton(Probes);
            services.AddIntegrationEventHandler<TownEvent, TenantProbeHandler>();
        });
    }
}
