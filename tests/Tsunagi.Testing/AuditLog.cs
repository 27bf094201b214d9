using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Testing;

/// <summary>Reads the audit trail of the test database, to prove what a request wrote (or that it wrote nothing).</summary>
public static class AuditLog
{
    /// <summary>All audit events of every tenant (SQLite has no row-level security; this counts rows directly).</summary>
    public static async Task<int> CountAllAsync(TsunagiFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        return await db.Database.SqlQueryRaw<int>("select count(*) as \"Value\" from audit_events").SingleAsync(TestContext.Current.CancellationToken);
    }

    public static Task<IReadOnlyList<AuditEvent>> EventsAsync(TsunagiFactory factory, string tenantId, TenantKind kind = TenantKind.Municipality) =>
        factory.Services.InTenantScopeAsync<IReadOnlyList<AuditEvent>>(tenantId, kind, async sp =>
            await sp.GetRequiredService<PlatformDbContext>().AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(TestContext.Current.CancellationToken));
}
