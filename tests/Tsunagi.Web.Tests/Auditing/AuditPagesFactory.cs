using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;

namespace Tsunagi.Web.Tests.Auditing;

/// <summary>The seeded host plus what the audit and administration page tests arrange directly in a tenant's scope.</summary>
public sealed class AuditPagesFactory : TsunagiFactory
{
    public const string Otsuchi = "034614";
    public const string Noda = "035033";
    public const string Sanriku = "sanriku";

    private AuditTestLogin? _login;

    internal AuditTestLogin Login => _login ??= new AuditTestLogin(this);

    /// <summary>Records each entry as its own committed event, acting as the named system actor.</summary>
    public async Task RecordAsync(string tenantId, string actor, params AuditEntry[] entries) =>
        await InScopeAsync(tenantId, async sp =>
        {
            sp.GetRequiredService<AuditActor>().ActAsSystem(actor);
            foreach (var entry in entries)
            {
                await sp.GetRequiredService<AuditTrail>().RecordAsync(entry, TestContext.Current.CancellationToken);
            }
        });

    /// <summary>Appends all entries in one unit of work (fast for many events).</summary>
    public async Task AppendAllAsync(string tenantId, string actor, IEnumerable<AuditEntry> entries) =>
        await InScopeAsync(tenantId, async sp =>
        {
            sp.GetRequiredService<AuditActor>().ActAsSystem(actor);
            var trail = sp.GetRequiredService<AuditTrail>();
            foreach (var entry in entries)
            {
                await trail.AppendAsync(entry, TestContext.Current.CancellationToken);
            }

            await sp.GetRequiredService<PlatformDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken);
        });

    public async Task<IReadOnlyList<AuditEvent>> EventsAsync(string tenantId)
    {
        List<AuditEvent> events = [];
        await InScopeAsync(tenantId, async sp =>
            events = await sp.GetRequiredService<PlatformDbContext>().AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(TestContext.Current.CancellationToken));
        return events;
    }

    public async Task<string> StaffIdAsync(string tenantId, string userName)
    {
        var id = string.Empty;
        await InScopeAsync(tenantId, async sp =>
            id = (await sp.GetRequiredService<UserManager<StaffMember>>().FindByNameAsync(userName))!.Id.ToString());
        return id;
    }

    public async Task InScopeAsync(string tenantId, Func<IServiceProvider, Task> work) =>
        await Services.InTenantScopeAsync(tenantId, tenantId.All(char.IsAsciiDigit) ? TenantKind.Municipality : TenantKind.Consortium, async sp =>
        {
            await work(sp);
            return true;
        });
}
