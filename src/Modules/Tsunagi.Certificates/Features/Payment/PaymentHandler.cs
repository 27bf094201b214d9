using Microsoft.EntityFrameworkCore;
using Tsunagi.Certificates.Data;
using Tsunagi.Certificates.Domain;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Idempotency;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Sequences;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Certificates.Features.Payment;

/// <summary>
/// 収納: one <see cref="Receipt"/> for unpaid issuances of one counter; its amount is the sum of their fees and the
/// 預かり金 must cover it. Fully exempt issuances (fee 0) need no receipt and are refused here. Audited; a repeat with
/// the same idempotency key (the form's token) returns the first receipt and writes nothing.
/// </summary>
public sealed class PaymentHandler(
    CertificatesDbContext db,
    UnitOfWork unitOfWork,
    IdempotencyStore idempotency,
    NumberSequences sequences,
    AuditTrail audit,
    CashActor actor,
    ITenantContext tenant,
    TimeProvider time)
{
    public const string Operation = "certificates.fee-collected";

    public Task<PaymentResult> PayAsync(PaymentCommand command, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var requestHash = IdempotencyStore.HashOf(new { ids = command.IssuanceIds.Order().ToList(), command.Tendered });
        return unitOfWork.RunAsync(db, async ct =>
        {
            if (idempotencyKey is not null && await idempotency.FindAsync<PaymentResult>(idempotencyKey, Operation, requestHash, ct) is { } earlier)
            {
                return earlier;
            }

            var ids = command.IssuanceIds;
            var issuances = await db.Issuances.Where(i => ids.Contains(i.Id)).ToListAsync(ct);
            if (issuances.Count != ids.Count)
            {
                throw new CashNotFoundException();
            }

            Check(issuances, command.Tendered);
            var now = time.GetUtcNow();
            var paidOn = TokyoTime.Today(time);
            var fiscalYear = NumberSequences.FiscalYearOf(paidOn);
            var receipt = new Receipt
            {
                TenantId = tenant.TenantId,
                Id = Guid.CreateVersion7(now),
                Number = ReceiptNumbers.Format(fiscalYear, await sequences.NextAsync(ReceiptNumbers.Sequence, fiscalYear, ct)),
                FiscalYear = fiscalYear,
                Amount = issuances.Sum(i => i.FeeTotal),
                Tendered = command.Tendered,
                Counter = issuances[0].Counter,
                PaidOn = paidOn,
                PaidAt = now,
                ReceivedBy = actor.Id,
                IdempotencyKey = idempotencyKey,
            };
            db.Receipts.Add(receipt);
            foreach (var issuance in issuances)
            {
                issuance.ReceiptId = receipt.Id;
                issuance.Version++;
            }

            await audit.AppendAsync(new AuditEntry(Operation, "receipt", receipt.Id.ToString()), ct);
            var result = new PaymentResult(receipt.Id, receipt.Number, receipt.Amount, receipt.Tendered, receipt.Tendered - receipt.Amount, receipt.Counter, receipt.PaidOn);
            if (idempotencyKey is not null)
            {
                idempotency.Record(idempotencyKey, Operation, requestHash, result);
            }

            return result;
        }, cancellationToken);
    }

    private static void Check(List<Issuance> issuances, long tendered)
    {
        var problems = new List<CashProblem>();
        if (issuances.Exists(i => i.Status == IssuanceStatus.Voided))
        {
            problems.Add(new CashProblem("issuanceIds", "Cash.Problem.IssuanceVoided"));
        }

        if (issuances.Exists(i => i.ReceiptId is not null))
        {
            problems.Add(new CashProblem("issuanceIds", "Cash.Problem.AlreadyPaid"));
        }

        if (issuances.Exists(i => i.FeeTotal <= 0))
        {
            problems.Add(new CashProblem("issuanceIds", "Cash.Problem.ExemptNeedsNoReceipt"));
        }

        if (issuances.Select(i => i.Counter).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            problems.Add(new CashProblem("issuanceIds", "Cash.Problem.MixedCounters"));
        }

        var due = issuances.Sum(i => i.FeeTotal);
        if (problems.Count == 0 && tendered < due)
        {
            problems.Add(new CashProblem("tendered", "Cash.Problem.TenderedShort", CashInput.Yen(due)));
        }

        if (problems.Count > 0)
        {
            throw new CashRuleException(problems);
        }
    }
}
