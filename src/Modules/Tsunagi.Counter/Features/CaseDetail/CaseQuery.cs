using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Counter.Contracts;
using Tsunagi.Counter.Data;
using Tsunagi.Counter.Domain;
using Tsunagi.Counter.Domain.Cases;
using Tsunagi.Platform.Auditing;
using Tsunagi.Residents.Contracts.Notifications;

namespace Tsunagi.Counter.Features.CaseDetail;

/// <summary>One case of the current municipality, its read audited; null for an unknown id or another municipality's.</summary>
public sealed class CaseQuery(CounterDbContext db, AuditTrail audit, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<CaseView?> GetAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var counterCase = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (counterCase is null)
        {
            return null;
        }

        await audit.RecordAsync(new AuditEntry("counter.case-viewed", "counter-case", caseId.ToString()), cancellationToken);
        var now = time.GetUtcNow();
        var steps = counterCase.Steps.OrderBy(s => s.Position).Select(s => new CaseStepView(
            s.Id, s.ProcedureCode, s.ProcedureName, s.Department, s.SuggestionReason, s.Fee, s.ExecutedByPlatform,
            CaseStateNames.Ja(s.State), s.State.ToString(), s.StateReason, s.DueAt, s.IsOverdue(now), s.CompletedAt, s.ResultId, s.StaffId)).ToList();
        var draft = counterCase.LifeEvent == LifeEvent.MoveIn && counterCase.DraftJson is { } json ? JsonSerializer.Deserialize<MoveInDraft>(json, Json) : null;
        return new CaseView(
            counterCase.Id, counterCase.ReceptionNumber, counterCase.Area, LifeEventNames.Api(counterCase.LifeEvent), LifeEventNames.Ja(counterCase.LifeEvent),
            CaseStateNames.Ja(counterCase.State), counterCase.State.ToString(), IdentityDocumentNames.Api(counterCase.IdentityDocument), counterCase.IdentityNumberLast4,
            counterCase.ResidentId, counterCase.IsNewResident, counterCase.PreApplicationReference,
            counterCase.ReceivedAt, counterCase.CalledAt, counterCase.ServedAt, counterCase.ClosedAt, counterCase.Version, steps, draft, counterCase.ClerkId);
    }
}
