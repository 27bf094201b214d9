using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Continuity.Replication;

namespace Tsunagi.Continuity;

/// <summary>Business continuity (業務継続): backups, restore verification, replication health, degraded mode, tenant export.</summary>
public static class ContinuityModule
{
    public static IServiceCollection AddContinuity(this IServiceCollection services)
    {
        services.AddScoped<ReplicationStateReader>();
        services.AddHealthChecks().AddCheck<ReplicationHealthCheck>("replication", tags: ["ready"]);
        return services;
    }

    public static IEndpointRouteBuilder MapContinuity(this IEndpointRouteBuilder endpoints) => endpoints;
}
