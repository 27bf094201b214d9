using Microsoft.EntityFrameworkCore;
using Tsunagi.Certificates.Contracts.Counter;
using Tsunagi.Counter.Data;
using Tsunagi.Counter.Domain.Cases;
using Tsunagi.Counter.Features.Reception;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Settings.Changes;

namespace Tsunagi.Counter.Features.CaseCertificates;

/// <summary>
/// Issues a certificate from a case with the data it already holds: the subject is the household the case's 転入 step
/// registered, else the resident the reception matched; the requester is the case's person. The certificates module
/// issues it in its own transaction (idempotency key <c>case:{case}:{key}</c>), then the case records the document and its
/// certificate step turns 完了 (a 住民票の写し step is added 「窓口で追加」 when the case has no open one). A refusal writes
/// nothing in either module. A failure between the two is repaired by sending the same key again (the same issuance comes back).
/// </summary>
public sealed class CaseCertificateHandler(CounterDbContext db, UnitOfWork unitOfWork, AuditTrail audit, TimeProvider time, IAuditActor actor, ICaseCertificates certificates)
{
    public const string IssuedAction = "counter.certificate-issued";

    public async Task<CaseCertificateIssuedView> IssueAsync(Guid caseId, CaseCertificateInput input, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var counterCase = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken) ?? throw new CaseNotFoundException();
        var (type, copies) = Parse(input);
        if (!counterCase.IsOpen)
        {
            throw new CaseRuleException("state", $"状態：「{CaseStateNames.Ja(counterCase.State)}」の受付からは交付できません。", $"State: nothing can be issued from a {CaseStateNames.En(counterCase.State)} case.");
        }

        var householdId = counterCase.Steps.FirstOrDefault(s => s.ProcedureCode == RegisterStepCodes.MoveIn && s.State == StepState.Completed)?.ResultId;
        if (householdId is null && counterCase.ResidentId is null)
        {
            throw new CaseRuleException("subject", "対象者：住民記録の方がいません。先に転入届を完了してください。", "Subject: nobody on the register yet; complete the move-in first.");
        }

        var request = new CaseCertificateRequest(type, householdId, householdId is null ? [counterCase.ResidentId!.Value] : [], counterCase.ResidentId, copies, null, null);
        var outcome = await certificates.IssueAsync(request, $"case:{caseId}:{idempotencyKey ?? Guid.CreateVersion7().ToString()}", cancellationToken);
        if (outcome.Issued is not { } issued)
        {
            throw new CaseRuleException([.. outcome.Problems.Select(p => new CaseProblem(p.Field, p.MessageJa, p.MessageEn))]);
        }

        return await unitOfWork.RunAsync(db, async ct =>
        {
            var documents = db.Set<CaseDocument>();
            if (await documents.FirstOrDefaultAsync(d => d.IssuanceId == issued.IssuanceId, ct) is { } earlier)
            {
                return View(earlier);
            }

            var tracked = await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId, ct) ?? throw new CaseNotFoundException();
            var now = time.GetUtcNow();
            var staff = SettingChangeActor.IdOf(actor);
            var step = CertificateStep(tracked, now);
            if (step.State == StepState.NotStarted)
            {
                tracked.MoveStep(step.Id, StepState.Accepted, null, staff, now);
            }

            tracked.MoveStep(step.Id, StepState.Completed, null, staff, now);
            step.ResultId = issued.IssuanceId;
            var document = new CaseDocument
            {
                TenantId = tracked.TenantId,
                IssuanceId = issued.IssuanceId,
                CaseId = caseId,
                StepId = step.Id,
                Number = issued.Number,
                Type = issued.Type,
                Copies = issued.Copies,
                Fee = issued.Fee,
                IssuedAt = now,
            };
            documents.Add(document);
            await audit.AppendAsync(new AuditEntry(IssuedAction, "counter-case-step", step.Id.ToString()), ct);
            return View(document);
        }, cancellationToken);
    }

    private static (Certificates.Contracts.CertificateType Type, int Copies) Parse(CaseCertificateInput input)
    {
        var problems = new List<CaseProblem>();
        Certificates.Contracts.CertificateType? type = null;
        if (input.Type is { } name && CertificateStepCodes.Types.TryGetValue(name.Trim(), out var known))
        {
            type = known;
        }
        else
        {
            problems.Add(new("type", "証明書の種類：住民票の写し（世帯連記式・個人票）から選んでください。", "Type: choose resident-copy-household or resident-copy-individual."));
        }

        if (input.Copies is not (>= 1 and <= 10))
        {
            problems.Add(new("copies", "通数：1から10までの数を入力してください。", "Copies: a number from 1 to 10."));
        }

        return problems.Count > 0 ? throw new CaseRuleException(problems) : (type!.Value, input.Copies!.Value);
    }

    private CaseStep CertificateStep(CounterCase counterCase, DateTimeOffset now)
    {
        var open = counterCase.Steps.OrderBy(s => s.Position)
            .FirstOrDefault(s => s.ProcedureCode == CertificateStepCodes.ResidentCopy && s.State is StepState.NotStarted or StepState.Accepted or StepState.InProgress);
        if (open is not null)
        {
            return open;
        }

        var step = new CaseStep
        {
            TenantId = counterCase.TenantId,
            Id = Guid.CreateVersion7(now),
            CaseId = counterCase.Id,
            Position = counterCase.Steps.Count == 0 ? 1 : counterCase.Steps.Max(s => s.Position) + 1,
            ProcedureCode = CertificateStepCodes.ResidentCopy,
            ProcedureName = CertificateStepCodes.ResidentCopyName,
            Department = CertificateStepCodes.Department,
            SuggestionReason = CertificateStepCodes.AddedReason,
            State = StepState.NotStarted,
            CreatedAt = now,
            DueAt = now.AddMinutes(10),
        };
        counterCase.AddStep(step);
        db.CaseSteps.Add(step);
        return step;
    }

    private static CaseCertificateIssuedView View(CaseDocument document) =>
        new(document.CaseId, document.StepId, document.IssuanceId, document.Number, CertificateStepCodes.ApiName(document.Type), CertificateStepCodes.NameJa(document.Type), document.Copies, document.Fee);
}
