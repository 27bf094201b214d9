using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Messaging;
using Tsunagi.Testing;

namespace Tsunagi.Web.Tests.Messaging;

/// <summary>The host on PostgreSQL with the probing handler; the test drives each dispatch round (see <see cref="TsunagiFactory"/>).</summary>
public sealed class OutboxPostgresFactory : PostgresFactory
{
    public ConcurrentQueue<TenantProbe> Probes { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(Probes);
            services.AddIntegrationEventHandler<TownEvent, TenantProbeHandler>();
        });
    }
}
