using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Documents;
using Tsunagi.Platform.Idempotency;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Messaging;
using Tsunagi.Platform.Metering;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Security;
using Tsunagi.Platform.Sequences;
using Tsunagi.Platform.Settings;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform;

public static class PlatformRegistration
{
    /// <summary>The technical kernel: tenancy, persistence, audit, permissions and time.</summary>
    public static IServiceCollection AddTsunagiPlatform(this IServiceCollection services, DatabaseSettings database)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<TenantContext>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());
        services.AddSingleton<SystemActor>();
        services.AddScoped<AuditActor>();
        services.AddScoped<IAuditActor>(sp => sp.GetRequiredService<AuditActor>());
        services.AddScoped<AuditTrail>();
        services.AddSingleton<AuditSpool>();
        services.TryAddSingleton<IWriteAvailability, AssumeWritable>();
        services.AddScoped<TenantDirectory>();
        services.AddScoped<AuditChainVerifier>();
        services.AddSingleton<IPermissionSource, PlatformPermissions>();
        services.AddSingleton<PermissionCatalog>();
        services.AddSingleton(LocalGovernmentMaster.Instance);
        services.AddTsunagiPersistence(database);
        services.AddStaffIdentity();
        services.AddScoped<StaffAccounts>();
        services.AddScoped<StaffInvitations>();
        services.AddApiClients();
        services.AddPersonalDataEncryption();
        services.AddOutbox();
        services.AddScoped<UnitOfWork>();
        services.AddScoped<IdempotencyStore>();
        services.AddScoped<NumberSequences>();
        services.AddSingleton<SettingCatalog>();
        services.AddSingleton<SettingsCache>();
        services.AddScoped<SettingsReader>();
        services.AddScoped<SettingsStore>();
        services.AddTsunagiSettings();
        services.TryAddSingleton(DocumentFontPaths.Debian);
        services.AddSingleton<DocumentFonts>();
        services.AddSingleton<PdfDocumentWriter>();
        services.AddUsageMetering();
        return services;
    }
}
