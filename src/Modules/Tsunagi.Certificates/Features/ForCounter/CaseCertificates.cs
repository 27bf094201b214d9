using Microsoft.EntityFrameworkCore;
using Tsunagi.Certificates.Contracts.Counter;
using Tsunagi.Certificates.Data;
using Tsunagi.Certificates.Domain;
using Tsunagi.Certificates.Features.Issue;
using Tsunagi.Certificates.Features.Payment;
using Tsunagi.Platform.Idempotency;

namespace Tsunagi.Certificates.Features.ForCounter;

/// <summary>
/// <see cref="ICaseCertificates"/> over the module's own handlers: <see cref="IssueCertificateHandler"/> (the same rules,
/// 支援措置 checks, fee table of the day, numbers and audit as the certificates counter) and <see cref="PaymentHandler"/> with
/// <see cref="ReceiptQuery"/> (the same receipt numbers and checks). Keys are prefixed so they never meet the module's own.
/// </summary>
internal sealed class CaseCertificates(
    IssueCertificateHandler issue,
    CaseRequesters requesters,
    PaymentHandler payment,
    ReceiptQuery receipts,
    CertificatesDbContext db) : ICaseCertificates
{
    public async Task<CaseCertificateOutcome> IssueAsync(CaseCertificateRequest request, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Copies is < 1 or > IssueCertificateParser.MaxCopies)
        {
            return Refused([new IssueProblem("copies", "Issue.Problem.CopiesRange")]);
        }

        try
        {
            var requester = await requesters.FindAsync(request, cancellationToken);
            if (requester is null)
            {
                return Refused([new IssueProblem("requester.residentId", "Issue.Problem.RequesterNotFound")]);
            }

            var command = new IssueCertificateCommand(
                request.Type, request.HouseholdId, [.. request.ResidentIds.Distinct()], CertificateOptions.Default, requester, request.Copies, request.Counter, null);
            var result = await issue.HandleAsync(command, "counter:" + idempotencyKey, null, cancellationToken);
            return new CaseCertificateOutcome(new CaseCertificateIssued(result.Id, result.Number, request.Type, result.Copies, result.FeePerCopy, result.Fee), []);
        }
        catch (IssueRefusedException ex)
        {
            return Refused(ex.Problems);
        }
        catch (IssueSubjectNotFoundException)
        {
            return Refused([new IssueProblem("residentIds", "ForCounter.SubjectNotFound")]);
        }
    }

    public async Task<IReadOnlyList<CaseDocumentFee>> UnpaidAsync(IReadOnlyCollection<Guid> issuanceIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(issuanceIds);
        var ids = issuanceIds.ToList();
        return await db.Issuances.AsNoTracking()
            .Where(i => ids.Contains(i.Id) && i.Status == IssuanceStatus.Issued && i.ReceiptId == null && i.FeeTotal > 0)
            .OrderBy(i => i.Number)
            .Select(i => new CaseDocumentFee(i.Id, i.Number, i.Type, i.Copies, i.FeePerCopy, i.FeeTotal))
            .ToListAsync(cancellationToken);
    }

    public async Task<CaseCollectionOutcome> CollectAsync(IReadOnlyList<Guid> issuanceIds, long tendered, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        try
        {
            var paid = await payment.PayAsync(PaymentCommand.From(issuanceIds, tendered), "counter:" + idempotencyKey, cancellationToken);
            var receipt = await receipts.LoadAsync(paid.ReceiptId, cancellationToken);
            var lines = receipt.Lines.Select(l => new CaseDocumentFee(l.IssuanceId, l.IssuanceNumber, l.Type, l.Copies, l.FeePerCopy, l.Amount)).ToList();
            return new CaseCollectionOutcome(
                new CaseReceipt(paid.ReceiptId, paid.Number, lines, paid.Amount, paid.Tendered, paid.Change, $"/certificates/receipts/{paid.ReceiptId}/pdf"), []);
        }
        catch (CashRuleException ex)
        {
            return new CaseCollectionOutcome(null, [.. ex.Problems.Select(p => new CaseCertificateProblem(p.Field, CashText.Message(p, CashText.Japanese), CashText.Message(p, CashText.English)))]);
        }
        catch (CashNotFoundException)
        {
            return new CaseCollectionOutcome(null, [Problem("issuanceIds", "Cash.Problem.NotFound")]);
        }
        catch (IdempotencyKeyReusedException)
        {
            return new CaseCollectionOutcome(null, [Problem("idempotencyKey", "ForCounter.KeyReused")]);
        }
    }

    private static CaseCertificateProblem Problem(string field, string key) => new(field, CashText.Get(key, CashText.Japanese), CashText.Get(key, CashText.English));

    private static CaseCertificateOutcome Refused(IReadOnlyList<IssueProblem> problems) =>
        new(null, [.. problems.Select(p => new CaseCertificateProblem(p.Field, IssueProblemText.Message(p, IssueProblemText.Japanese), IssueProblemText.Message(p, IssueProblemText.English)))]);
}
