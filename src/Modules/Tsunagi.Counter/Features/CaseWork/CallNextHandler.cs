using Microsoft.EntityFrameworkCore;
using Tsunagi.Counter.Data;
using Tsunagi.Counter.Domain.Cases;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Idempotency;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Settings.Changes;

namespace Tsunagi.Counter.Features.CaseWork;

/// <summary>呼出: the oldest waiting case of today in the area becomes 呼出中 (shown on the lobby display); null when nobody waits.</summary>
public sealed class CallNextHandler(CounterDbContext db, UnitOfWork unitOfWork, IdempotencyStore idempotency, AuditTrail audit, TimeProvider time, IAuditActor actor)
{
    public const string Operation = "counter.call-next";

    public async Task<CaseChanged?> CallNextAsync(string area, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        if (!CounterAreas.Exists(area))
        {
            throw new CaseRuleException("area", "窓口：登録されていない窓口です。", "Area: unknown counter area.");
        }

        var requestHash = IdempotencyStore.HashOf(new { area });
        return await unitOfWork.RunAsync(db, async ct =>
        {
            if (idempotencyKey is not null && await idempotency.FindAsync<CaseChanged>(idempotencyKey, Operation, requestHash, ct) is { } earlier)
            {
                return earlier;
            }

            var today = TokyoTime.Today(time);
            var next = await db.Cases.Where(c => c.Area == area && c.ReceivedOn == today && c.State == CaseState.Received)
                .OrderBy(c => c.Sequence).FirstOrDefaultAsync(ct);
            if (next is null)
            {
                return null;
            }

            next.MoveTo(CaseState.Called, SettingChangeActor.IdOf(actor), time.GetUtcNow());
            await audit.AppendAsync(new AuditEntry("counter.case-called", "counter-case", next.Id.ToString()), ct);
            var result = CaseWorkHandler.Changed(next);
            if (idempotencyKey is not null)
            {
                idempotency.Record(idempotencyKey, Operation, requestHash, result);
            }

            return result;
        }, cancellationToken);
    }
}
