using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Messaging;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Tests.Messaging;

public sealed class RecordingHandler(HandledEvents handled, ITenantContext tenant, PlatformDbContext db) : IIntegrationEventHandler<NumberedEvent>
{
    public async Task HandleAsync(NumberedEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (handled.ShouldFail(integrationEvent.Number))
        {
            throw new InvalidOperationException("Injected failure.");
        }

        var visible = await db.OutboxMessages.AsNoTracking().Select(m => m.TenantId).Distinct().ToListAsync(cancellationToken);
        handled.Add(new HandledEvent(integrationEvent.Number, tenant.TenantId, visible));
    }
}
