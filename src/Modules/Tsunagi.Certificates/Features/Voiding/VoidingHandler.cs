using Microsoft.EntityFrameworkCore;
using Tsunagi.Certificates.Data;
using Tsunagi.Certificates.Domain;
using Tsunagi.Certificates.Features.Payment;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Idempotency;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Certificates.Features.Voiding;

/// <summary>
/// 交付取消: one staff member asks with a reason, a second decides (the requester never can). Approval voids the issuance
/// (its verification code then answers 取消), refunds its fee when it was paid — on the decision day, at the counter that
/// took it — and voids the receipt once all of its issuances are voided. Rejection changes nothing but the request.
/// Every step is audited; repeats with the same idempotency key return the first outcome.
/// </summary>
public sealed class VoidingHandler(CertificatesDbContext db, UnitOfWork unitOfWork, IdempotencyStore idempotency, AuditTrail audit, CashActor actor, ITenantContext tenant, TimeProvider time)
{
    public const string RequestOperation = "certificates.void-requested";
    public const string ApproveOperation = "certificates.void-approved";
    public const string RejectOperation = "certificates.void-rejected";

    public Task<VoidOutcome> RequestAsync(Guid issuanceId, string? reason, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        var text = VoidReasons.Check(reason, "reason");
        return RunAsync(RequestOperation, new { issuanceId, text }, idempotencyKey, async ct =>
        {
            var issuance = await db.Issuances.FirstOrDefaultAsync(i => i.Id == issuanceId, ct) ?? throw new CashNotFoundException();
            if (issuance.Status == IssuanceStatus.Voided)
            {
                throw new CashRuleException("issuance", "Cash.Problem.AlreadyVoided");
            }

            if (await db.VoidRequests.AnyAsync(v => v.IssuanceId == issuanceId && v.Status == VoidRequestStatus.Pending, ct))
            {
                throw new CashRuleException("issuance", "Cash.Problem.VoidPending");
            }

            var request = new VoidRequest
            {
                TenantId = tenant.TenantId,
                Id = Guid.CreateVersion7(time.GetUtcNow()),
                IssuanceId = issuanceId,
                Reason = text,
                RequestedBy = actor.Id,
                RequestedAt = time.GetUtcNow(),
                Counter = issuance.Counter,
            };
            db.VoidRequests.Add(request);
            await audit.AppendAsync(new AuditEntry(RequestOperation, "issuance", issuanceId.ToString()), ct);
            return Outcome(request);
        }, cancellationToken);
    }

    public Task<VoidOutcome> ApproveAsync(Guid requestId, string? idempotencyKey, CancellationToken cancellationToken = default) =>
        RunAsync(ApproveOperation, new { requestId }, idempotencyKey, async ct =>
        {
            var request = await PendingAsync(requestId, ct);
            var issuance = await db.Issuances.FirstAsync(i => i.Id == request.IssuanceId, ct);
            var now = time.GetUtcNow();
            issuance.Status = IssuanceStatus.Voided;
            issuance.VoidedAt = now;
            issuance.Version++;
            request.Status = VoidRequestStatus.Approved;
            request.DecidedBy = actor.Id;
            request.DecidedAt = now;
            request.RefundAmount = issuance.ReceiptId is null ? 0 : issuance.FeeTotal;
            request.RefundOn = TokyoTime.Today(time);
            request.Version++;
            if (issuance.ReceiptId is { } receiptId
                && !await db.Issuances.AnyAsync(i => i.ReceiptId == receiptId && i.Id != issuance.Id && i.Status != IssuanceStatus.Voided, ct))
            {
                var receipt = await db.Receipts.FirstAsync(r => r.Id == receiptId, ct);
                receipt.Status = ReceiptStatus.Voided;
                receipt.VoidedAt = now;
                receipt.Version++;
            }

            await audit.AppendAsync(new AuditEntry(ApproveOperation, "issuance", issuance.Id.ToString()), ct);
            return Outcome(request);
        }, cancellationToken);

    public Task<VoidOutcome> RejectAsync(Guid requestId, string? reason, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        var text = VoidReasons.Check(reason, "decisionReason");
        return RunAsync(RejectOperation, new { requestId, text }, idempotencyKey, async ct =>
        {
            var request = await PendingAsync(requestId, ct);
            request.Status = VoidRequestStatus.Rejected;
            request.DecidedBy = actor.Id;
            request.DecidedAt = time.GetUtcNow();
            request.DecisionReason = text;
            request.Version++;
            await audit.AppendAsync(new AuditEntry(RejectOperation, "issuance", request.IssuanceId.ToString()), ct);
            return Outcome(request);
        }, cancellationToken);
    }

    private async Task<VoidRequest> PendingAsync(Guid requestId, CancellationToken ct)
    {
        var request = await db.VoidRequests.FirstOrDefaultAsync(v => v.Id == requestId, ct) ?? throw new CashNotFoundException();
        if (request.Status != VoidRequestStatus.Pending)
        {
            throw new CashRuleException("request", "Cash.Problem.VoidDecided");
        }

        return request.RequestedBy == actor.Id ? throw new CashRuleException("request", "Cash.Problem.SameApprover") : request;
    }

    private Task<VoidOutcome> RunAsync(string operation, object request, string? idempotencyKey, Func<CancellationToken, Task<VoidOutcome>> work, CancellationToken cancellationToken)
    {
        var requestHash = IdempotencyStore.HashOf(request);
        return unitOfWork.RunAsync(db, async ct =>
        {
            if (idempotencyKey is not null && await idempotency.FindAsync<VoidOutcome>(idempotencyKey, operation, requestHash, ct) is { } earlier)
            {
                return earlier;
            }

            var outcome = await work(ct);
            if (idempotencyKey is not null)
            {
                idempotency.Record(idempotencyKey, operation, requestHash, outcome);
            }

            return outcome;
        }, cancellationToken);
    }

    private static VoidOutcome Outcome(VoidRequest request) =>
        new(request.Id, request.IssuanceId, request.Status.ToString().ToLowerInvariant(), request.RefundAmount, request.RefundOn);
}
