using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Messaging;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Web.Tests.Messaging;

/// <summary>Reads the outbox and inbox with raw SQL, past the EF query filter, so only row-level security limits what it sees.</summary>
public sealed class TenantProbeHandler(ConcurrentQueue<TenantProbe> probes, ITenantContext tenant, PlatformDbContext db) : IIntegrationEventHandler<TownEvent>
{
    public async Task HandleAsync(TownEvent integrationEvent, CancellationToken cancellationToken)
    {
        var outbox = await db.Database.SqlQueryRaw<string>("SELECT DISTINCT tenant_id AS \"Value\" FROM outbox_messages").ToListAsync(cancellationToken);
        var receipts = await db.Database.SqlQueryRaw<string>("SELECT DISTINCT tenant_id AS \"Value\" FROM inbox_receipts").ToListAsync(cancellationToken);
        probes.Enqueue(new TenantProbe(integrationEvent.RaisedIn, tenant.TenantId, outbox, receipts));
    }
}
