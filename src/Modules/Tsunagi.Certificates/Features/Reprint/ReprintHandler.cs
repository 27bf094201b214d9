using Microsoft.EntityFrameworkCore;
using Tsunagi.Certificates.Data;
using Tsunagi.Certificates.Domain;
using Tsunagi.Certificates.Features.Issue;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Certificates.Features.Reprint;

/// <summary>
/// 再印刷: counts a reprint of an issued certificate (its PDF is marked 再交付 from then on) and audits it as
/// <c>certificates.reprinted</c>. A voided certificate is not reprinted. Null when the issuance is unknown here.
/// </summary>
public sealed class ReprintHandler(CertificatesDbContext db, UnitOfWork unitOfWork, AuditTrail audit)
{
    public const string ReprintedAction = "certificates.reprinted";

    public Task<int?> HandleAsync(Guid issuanceId, CancellationToken cancellationToken = default) =>
        unitOfWork.RunAsync<int?>(db, async ct =>
        {
            var issuance = await db.Issuances.FirstOrDefaultAsync(i => i.Id == issuanceId, ct);
            if (issuance is null)
            {
                return null;
            }

            if (issuance.Status == IssuanceStatus.Voided)
            {
                throw new IssueRefusedException([new IssueProblem("id", "Issue.Problem.ReprintVoided")]);
            }

            issuance.ReprintCount++;
            issuance.Version++;
            await audit.AppendAsync(new AuditEntry(ReprintedAction, "issuance", issuance.Id.ToString()), ct);
            return issuance.ReprintCount;
        }, cancellationToken);
}
