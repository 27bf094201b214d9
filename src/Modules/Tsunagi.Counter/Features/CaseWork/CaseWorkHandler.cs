using Microsoft.EntityFrameworkCore;
using Tsunagi.Counter.Contracts.Cases;
using Tsunagi.Counter.Data;
using Tsunagi.Counter.Domain.Cases;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Idempotency;
using Tsunagi.Platform.Messaging;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Settings.Changes;

namespace Tsunagi.Counter.Features.CaseWork;

/// <summary>
/// Moves a case or one of its steps through the state machine in one transaction with the audit event and the outbox
/// event (<see cref="CaseStepCompleted"/>, <see cref="CounterCaseClosed"/>). An expected version that is not the case's
/// refuses the change (409); a repeat with the same idempotency key returns the first answer.
/// </summary>
public sealed class CaseWorkHandler(CounterDbContext db, UnitOfWork unitOfWork, IdempotencyStore idempotency, AuditTrail audit, Outbox outbox, TimeProvider time, IAuditActor actor)
{
    public const string Operation = "counter.case-change";

    public Task<CaseChanged> MoveCaseAsync(Guid caseId, CaseState to, int? expectedVersion, string? idempotencyKey, CancellationToken cancellationToken = default) =>
        RunAsync(caseId, expectedVersion, idempotencyKey, new { caseId, to }, async (counterCase, now, ct) =>
        {
            counterCase.MoveTo(to, SettingChangeActor.IdOf(actor), now);
            await audit.AppendAsync(new AuditEntry("counter.case-" + to.ToString().ToLowerInvariant(), "counter-case", counterCase.Id.ToString()), ct);
            if (!counterCase.IsOpen)
            {
                outbox.Add(new CounterCaseClosed(counterCase.Id, counterCase.LifeEvent, to == CaseState.Cancelled, now));
            }

            return Changed(counterCase);
        }, cancellationToken);

    public Task<CaseChanged> MoveStepAsync(Guid caseId, Guid stepId, StepState to, string? reason, int? expectedVersion, string? idempotencyKey, CancellationToken cancellationToken = default) =>
        RunAsync(caseId, expectedVersion, idempotencyKey, new { caseId, stepId, to, reason }, async (counterCase, now, ct) =>
        {
            var step = counterCase.MoveStep(stepId, to, reason, SettingChangeActor.IdOf(actor), now);
            await audit.AppendAsync(new AuditEntry("counter.step-" + to.ToString().ToLowerInvariant(), "counter-case-step", step.Id.ToString()), ct);
            if (to == StepState.Completed)
            {
                outbox.Add(new CaseStepCompleted(counterCase.Id, step.Id, step.ProcedureCode, step.Department, false, now));
            }

            return Changed(counterCase, step);
        }, cancellationToken);

    public static CaseChanged Changed(CounterCase counterCase, CaseStep? step = null)
    {
        ArgumentNullException.ThrowIfNull(counterCase);
        return new(counterCase.Id, counterCase.ReceptionNumber, CaseStateNames.Ja(counterCase.State), counterCase.Version, step?.Id, step is null ? null : CaseStateNames.Ja(step.State));
    }

    private async Task<CaseChanged> RunAsync<TRequest>(
        Guid caseId, int? expectedVersion, string? idempotencyKey, TRequest request, Func<CounterCase, DateTimeOffset, CancellationToken, Task<CaseChanged>> change, CancellationToken cancellationToken)
    {
        var requestHash = IdempotencyStore.HashOf(request);
        return await unitOfWork.RunAsync(db, async ct =>
        {
            if (idempotencyKey is not null && await idempotency.FindAsync<CaseChanged>(idempotencyKey, Operation, requestHash, ct) is { } earlier)
            {
                return earlier;
            }

            var counterCase = await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId, ct) ?? throw new CaseNotFoundException();
            if (expectedVersion is { } version && version != counterCase.Version)
            {
                throw new CaseConflictException();
            }

            var result = await change(counterCase, time.GetUtcNow(), ct);
            if (idempotencyKey is not null)
            {
                idempotency.Record(idempotencyKey, Operation, requestHash, result);
            }

            return result;
        }, cancellationToken);
    }
}
