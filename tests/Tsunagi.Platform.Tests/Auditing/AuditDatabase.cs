using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Platform.Tests.Infrastructure;

namespace Tsunagi.Platform.Tests.Auditing;

/// <summary>
/// The platform's services on a fresh SQLite file, migrated with the real migrations, plus raw SQL
/// access to the same file for tampering as the database owner would.
/// </summary>
internal sealed class AuditDatabase : PlatformTestDatabase
{
    public static async Task<AuditDatabase> CreateAsync()
    {
        var database = new AuditDatabase();
        await database.MigrateAsync();
        return database;
    }

    /// <summary>Records one event per entry, each in its own scope and transaction, acting as <paramref name="actor"/>.</summary>
    public async Task RecordAsync(string tenantId, string actor, params AuditEntry[] entries)
    {
        foreach (var entry in entries)
        {
            await InScopeAsync(tenantId, actor, sp => sp.GetRequiredService<AuditTrail>().RecordAsync(entry, TestContext.Current.CancellationToken));
        }
    }

    public async Task InScopeAsync(string tenantId, string actor, Func<IServiceProvider, Task> work) =>
        await Services.InTenantScopeAsync(tenantId, TenantKind.Municipality, async sp =>
        {
            sp.GetRequiredService<AuditActor>().ActAsSystem(actor);
            await work(sp);
            return true;
        });

    public Task<AuditVerification> VerifyAsync(string tenantId) =>
        Services.InTenantScopeAsync(tenantId, TenantKind.Municipality,
            sp => sp.GetRequiredService<AuditChainVerifier>().VerifyAsync(tenantId, TestContext.Current.CancellationToken));

    /// <summary>The tenant's events in chain order, read in a scope of that tenant.</summary>
    public async Task<IReadOnlyList<AuditEvent>> EventsAsync(string tenantId) =>
        await Services.InTenantScopeAsync(tenantId, TenantKind.Municipality, sp =>
            Task.FromResult<IReadOnlyList<AuditEvent>>(sp.GetRequiredService<PlatformDbContext>().AuditEvents
                .Where(e => e.TenantId == tenantId).OrderBy(e => e.Sequence).ToList()));
}
