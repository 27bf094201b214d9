using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tsunagi.Continuity.Data;
using Tsunagi.Continuity.Degraded;
using Tsunagi.Continuity.Embedded;
using Tsunagi.Continuity.Export;
using Tsunagi.Continuity.Operator;
using Tsunagi.Continuity.Replication;
using Tsunagi.Continuity.Verification;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Continuity;

/// <summary>Business continuity (業務継続): backups, restore verification, replication health, degraded mode, tenant export.</summary>
public static class ContinuityModule
{
    public static IServiceCollection AddContinuity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ContinuityDbContext, SqliteContinuityDbContext, PostgresContinuityDbContext>(ContinuityDbContext.ModuleName);
        services.AddSingleton(BackupSettings.FromConfiguration(configuration));
        services.AddSingleton<BackupKeys>();
        services.AddSingleton<BackupStatus>();
        services.AddSingleton<SqliteBackup>();
        services.AddSingleton<SqliteRestore>();
        services.AddHostedService<ScheduledBackupService>();
        services.Replace(ServiceDescriptor.Singleton<IWriteAvailability, DatabaseWriteAvailability>());
        services.AddHostedService<DegradedModeMonitor>();
        services.AddSingleton(VerificationSettings.FromConfiguration(configuration));
        services.AddScoped<BackupVerifier>();
        services.AddScoped<EmbeddedCopyVerifier>();
        services.AddScoped<PgBackRestVerifier>();
        services.AddHostedService<ScheduledVerificationService>();
        services.AddScoped<ContinuityStatusReader>();
        services.AddScoped<Tsunagi.Platform.Health.IOperatorHealthSource, ContinuityOperatorHealth>();
        services.AddScoped<TenantExporter>();
        services.AddScoped<TenantImporter>();
        services.AddScoped<ReplicationStateReader>();
        services.AddHealthChecks().AddCheck<ReplicationHealthCheck>("replication", tags: ["ready"]);
        return services;
    }

    public static IEndpointRouteBuilder MapContinuity(this IEndpointRouteBuilder endpoints) => endpoints;
}
