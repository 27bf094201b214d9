using Microsoft.EntityFrameworkCore;
using Tsunagi.Certificates.Contracts.Counter;
using Tsunagi.Counter.Data;
using Tsunagi.Counter.Domain.Cases;
using Tsunagi.Counter.Features.CaseCertificates;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Idempotency;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Settings.Changes;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Counter.Features.CasePayment;

/// <summary>
/// The case's one payment: every document issued from the case and not yet paid goes on ONE receipt of the certificates
/// module (its fee table, receipt numbers and checks), then the case records the receipt and marks the documents paid.
/// A repeat with the same key (the form's token, or Idempotency-Key) returns the same receipt; a later attempt finds
/// nothing unpaid. A failure between the two transactions is repaired by the same key (the module returns its receipt).
/// </summary>
public sealed class CasePaymentHandler(CounterDbContext db, UnitOfWork unitOfWork, IdempotencyStore idempotency, AuditTrail audit, TimeProvider time, IAuditActor actor, ICaseCertificates certificates, ITenantContext tenant)
{
    public const string Operation = "counter.case-payment";
    public const string PaidAction = "counter.case-paid";

    public async Task<CaseBill> BillAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var counterCase = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken) ?? throw new CaseNotFoundException();
        var documents = await db.Set<CaseDocument>().AsNoTracking().Where(d => d.CaseId == caseId).ToListAsync(cancellationToken);
        var unpaidHere = documents.Where(d => d.ReceiptId == null).Select(d => d.IssuanceId).ToList();
        var unpaid = unpaidHere.Count == 0 ? [] : await certificates.UnpaidAsync(unpaidHere, cancellationToken);
        var lines = unpaid.Select(Line).ToList();
        var elsewhere = counterCase.Steps.OrderBy(s => s.Position)
            .Where(s => s.Fee > 0 && s.ProcedureCode != CertificateStepCodes.ResidentCopy && s.State != StepState.NotNeeded)
            .Select(s => new CaseBillOtherFee(s.Id, s.ProcedureName, s.Department, s.Fee)).ToList();
        var payments = await db.Set<CasePaymentRecord>().AsNoTracking().Where(p => p.CaseId == caseId).ToListAsync(cancellationToken);
        var receipts = payments.OrderBy(p => p.PaidAt).Select(p => Result(p, documents.Where(d => d.ReceiptId == p.ReceiptId))).ToList();
        return new CaseBill(caseId, counterCase.ReceptionNumber, lines, lines.Sum(l => l.Amount), elsewhere, receipts);
    }

    public async Task<CasePaymentResult> PayAsync(Guid caseId, long? tendered, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        var requestHash = IdempotencyStore.HashOf(new { caseId, tendered });
        if (idempotencyKey is not null && await idempotency.FindAsync<CasePaymentResult>(idempotencyKey, Operation, requestHash, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        _ = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken) ?? throw new CaseNotFoundException();
        if (tendered is not (>= 0 and <= 10_000_000))
        {
            throw new CaseRuleException("tendered", "預かり金：0円から10,000,000円までの金額を入力してください。", "Tendered: an amount from 0 to 10,000,000 yen.");
        }

        var ids = await db.Set<CaseDocument>().AsNoTracking()
            .Where(d => d.CaseId == caseId && d.ReceiptId == null && d.Fee > 0).OrderBy(d => d.Number).Select(d => d.IssuanceId).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            throw new CaseRuleException("payment", "お会計：この受付に未収の証明書はありません。", "Payment: this case has no unpaid documents.");
        }

        var outcome = await certificates.CollectAsync(ids, tendered.Value, $"case:{caseId}:{idempotencyKey ?? Guid.CreateVersion7().ToString()}", cancellationToken);
        if (outcome.Receipt is not { } receipt)
        {
            throw new CaseRuleException([.. outcome.Problems.Select(p => new CaseProblem(p.Field == "issuanceIds" ? "payment" : p.Field, p.MessageJa, p.MessageEn))]);
        }

        return await unitOfWork.RunAsync(db, async ct =>
        {
            var record = new CasePaymentRecord
            {
                TenantId = tenant.TenantId,
                ReceiptId = receipt.ReceiptId,
                CaseId = caseId,
                ReceiptNumber = receipt.Number,
                Total = receipt.Total,
                Tendered = receipt.Tendered,
                PaidAt = time.GetUtcNow(),
                ClerkId = SettingChangeActor.IdOf(actor),
            };
            var paidIds = receipt.Lines.Select(l => l.IssuanceId).ToList();
            var documents = await db.Set<CaseDocument>().Where(d => d.CaseId == caseId && paidIds.Contains(d.IssuanceId)).ToListAsync(ct);
            foreach (var document in documents)
            {
                document.ReceiptId = receipt.ReceiptId;
            }

            if (!await db.Set<CasePaymentRecord>().AnyAsync(p => p.ReceiptId == receipt.ReceiptId, ct))
            {
                db.Set<CasePaymentRecord>().Add(record);
                await audit.AppendAsync(new AuditEntry(PaidAction, "counter-case", caseId.ToString()), ct);
            }

            var result = new CasePaymentResult(caseId, receipt.ReceiptId, receipt.Number, [.. receipt.Lines.Select(Line)], receipt.Total, receipt.Tendered, receipt.Change, receipt.PdfHref);
            if (idempotencyKey is not null)
            {
                idempotency.Record(idempotencyKey, Operation, requestHash, result);
            }

            return result;
        }, cancellationToken);
    }

    private static CaseBillLine Line(CaseDocumentFee fee) =>
        new(fee.IssuanceId, fee.Number, CertificateStepCodes.ApiName(fee.Type), CertificateStepCodes.NameJa(fee.Type), fee.Copies, fee.FeePerCopy, fee.Amount);

    private static CasePaymentResult Result(CasePaymentRecord payment, IEnumerable<CaseDocument> documents)
    {
        var lines = documents.OrderBy(d => d.Number)
            .Select(d => new CaseBillLine(d.IssuanceId, d.Number, CertificateStepCodes.ApiName(d.Type), CertificateStepCodes.NameJa(d.Type), d.Copies, d.Copies == 0 ? 0 : d.Fee / d.Copies, d.Fee)).ToList();
        return new CasePaymentResult(payment.CaseId, payment.ReceiptId, payment.ReceiptNumber, lines, payment.Total, payment.Tendered, payment.Tendered - payment.Total, $"/certificates/receipts/{payment.ReceiptId}/pdf");
    }
}
