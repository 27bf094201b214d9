using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tsunagi.Continuity.Degraded;
using Tsunagi.Continuity.Embedded;
using Tsunagi.Continuity.Export;
using Tsunagi.Continuity.Replication;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Continuity;

/// <summary>Business continuity (業務継続): backups, restore verification, replication health, degraded mode, tenant export.</summary>
public static class ContinuityModule
{
    public static IServiceCollection AddContinuity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(BackupSettings.FromConfiguration(configuration));
        services.AddSingleton<BackupKeys>();
        services.AddSingleton<BackupStatus>();
        services.AddSingleton<SqliteBackup>();
        services.AddSingleton<SqliteRestore>();
        services.AddHostedService<ScheduledBackupService>();
        services.Replace(ServiceDescriptor.Singleton<IWriteAvailability, DatabaseWriteAvailability>());
        services.AddHostedService<DegradedModeMonitor>();
        services.AddScoped<TenantExporter>();
        services.AddScoped<TenantImporter>();
        services.AddScoped<ReplicationStateReader>();
        services.AddHealthChecks().AddCheck<ReplicationHealthCheck>("replication", tags: ["ready"]);
        return services;
    }

    public static IEndpointRouteBuilder MapContinuity(this IEndpointRouteBuilder endpoints) => endpoints;
}
