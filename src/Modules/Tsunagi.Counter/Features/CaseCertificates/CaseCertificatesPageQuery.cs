using Microsoft.EntityFrameworkCore;
using Tsunagi.Counter.Data;
using Tsunagi.Counter.Domain.Cases;
using Tsunagi.Counter.Features.Reception;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Japanese;
using Tsunagi.Residents.Contracts;

namespace Tsunagi.Counter.Features.CaseCertificates;

/// <summary>
/// What the certificates page shows for a case: its reception number, the subject from the register (the household the
/// 転入 step registered, else the resident matched at reception) and the documents issued so far. Null for an unknown id or
/// another town's case. The case read is audited here; the register audits its own reads.
/// </summary>
public sealed class CaseCertificatesPageQuery(CounterDbContext db, AuditTrail audit, IRegisterExtract register, TimeProvider time)
{
    public const string Purpose = "総合窓口 証明書交付";

    public async Task<CaseCertificatesPageView?> GetAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var counterCase = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (counterCase is null)
        {
            return null;
        }

        await audit.RecordAsync(new AuditEntry("counter.case-viewed", "counter-case", caseId.ToString()), cancellationToken);
        var today = TokyoTime.Today(time);
        var householdId = counterCase.Steps.FirstOrDefault(s => s.ProcedureCode == RegisterStepCodes.MoveIn && s.State == StepState.Completed)?.ResultId;
        IReadOnlyList<RegisterPerson> persons = [];
        if (householdId is { } household)
        {
            persons = (await register.HouseholdAsOfAsync(household, today, Purpose, cancellationToken))?.Members ?? [];
        }
        else if (counterCase.ResidentId is { } residentId && await register.PersonAsOfAsync(residentId, today, Purpose, cancellationToken) is { } person)
        {
            persons = [person];
        }

        var subject = persons.Select(p => new CaseSubjectPerson(p.Relationship, $"{p.FamilyName}　{p.GivenName}", $"{p.FamilyNameKana}　{p.GivenNameKana}", p.DateOfBirth)).ToList();
        var documents = await db.Set<CaseDocument>().AsNoTracking().Where(d => d.CaseId == caseId).ToListAsync(cancellationToken);
        return new CaseCertificatesPageView(caseId, counterCase.ReceptionNumber, counterCase.IsOpen, subject, [.. documents.OrderBy(d => d.IssuedAt).ThenBy(d => d.Number, StringComparer.Ordinal)]);
    }
}
