using Microsoft.EntityFrameworkCore;
using Tsunagi.Certificates.Data;
using Tsunagi.Certificates.Domain;
using Tsunagi.Certificates.Features.Payment;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Idempotency;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Certificates.Features.FeeSchedule;

/// <summary>
/// The fee table (手数料): entries are only added, never changed, so past issuances keep the fee that applied; a
/// 条例 revision is a new entry with its 施行日. One entry per type and day. Adding is audited.
/// </summary>
public sealed class FeeScheduleHandler(CertificatesDbContext db, UnitOfWork unitOfWork, IdempotencyStore idempotency, AuditTrail audit, ITenantContext tenant, TimeProvider time)
{
    public const string AddOperation = "certificates.fee-schedule-added";

    public async Task<IReadOnlyList<FeeEntryItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        var today = TokyoTime.Today(time);
        var entries = await db.FeeSchedule.AsNoTracking().ToListAsync(cancellationToken);
        var inForce = entries.Where(e => e.EffectiveFrom <= today)
            .GroupBy(e => e.Type)
            .Select(g => g.MaxBy(e => e.EffectiveFrom)!.Id)
            .ToHashSet();
        return [.. entries
            .OrderBy(e => e.Type)
            .ThenByDescending(e => e.EffectiveFrom)
            .Select(e => new FeeEntryItem(e.Id, CertificateTypeNames.NameOf(e.Type), CashText.Get(CertificateTypeNames.LabelKey(e.Type), CashText.Japanese), e.FeePerCopy, e.EffectiveFrom, inForce.Contains(e.Id)))];
    }

    public Task<FeeEntryItem> AddAsync(FeeEntryCommand command, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var requestHash = IdempotencyStore.HashOf(command);
        return unitOfWork.RunAsync(db, async ct =>
        {
            if (idempotencyKey is not null && await idempotency.FindAsync<FeeEntryItem>(idempotencyKey, AddOperation, requestHash, ct) is { } earlier)
            {
                return earlier;
            }

            if (await db.FeeSchedule.AnyAsync(e => e.Type == command.Type && e.EffectiveFrom == command.EffectiveFrom, ct))
            {
                throw new CashRuleException("effectiveFrom", "Cash.Problem.FeeEntryExists");
            }

            var entry = new FeeScheduleEntry
            {
                TenantId = tenant.TenantId,
                Id = Guid.CreateVersion7(time.GetUtcNow()),
                Type = command.Type,
                FeePerCopy = command.FeePerCopy,
                EffectiveFrom = command.EffectiveFrom,
            };
            db.FeeSchedule.Add(entry);
            await audit.AppendAsync(new AuditEntry(AddOperation, "fee-schedule-entry", entry.Id.ToString()), ct);
            var result = new FeeEntryItem(entry.Id, CertificateTypeNames.NameOf(entry.Type), CashText.Get(CertificateTypeNames.LabelKey(entry.Type), CashText.Japanese), entry.FeePerCopy, entry.EffectiveFrom, entry.EffectiveFrom <= TokyoTime.Today(time));
            if (idempotencyKey is not null)
            {
                idempotency.Record(idempotencyKey, AddOperation, requestHash, result);
            }

            return result;
        }, cancellationToken);
    }
}
