using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Counter.Contracts;
using Tsunagi.Counter.Contracts.Cases;
using Tsunagi.Counter.Data;
using Tsunagi.Counter.Domain.Cases;
using Tsunagi.Counter.Features.CaseWork;
using Tsunagi.Counter.Features.Reception;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Messaging;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Settings.Changes;
using Tsunagi.Residents.Contracts.Notifications;

namespace Tsunagi.Counter.Features.RegisterStep;

/// <summary>
/// Executes the 転入届 step of a case from its (checked and possibly corrected) draft: the register writes the household
/// in its own unit of work with the idempotency key <c>counter-step:{step id}</c>, then the step turns 完了 with the
/// household id, the audit event and <see cref="CaseStepCompleted"/>. A refused draft writes nothing anywhere; a failure
/// between the two is repaired by running the step again (the register answers the first result). See ADR 0016.
/// </summary>
public sealed class MoveInStepHandler(CounterDbContext db, UnitOfWork unitOfWork, AuditTrail audit, Outbox outbox, TimeProvider time, IAuditActor actor, IRegisterNotifications register)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string RegisterKey(Guid stepId) => $"counter-step:{stepId}";

    public async Task<RegisterStepOutcome> ExecuteAsync(Guid caseId, Guid stepId, MoveInDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var counterCase = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken) ?? throw new CaseNotFoundException();
        var step = counterCase.Steps.FirstOrDefault(s => s.Id == stepId) ?? throw new CaseNotFoundException();
        if (counterCase.LifeEvent != LifeEvent.MoveIn || step.ProcedureCode != RegisterStepCodes.MoveIn)
        {
            throw new CaseRuleException("step", "手続：この手続は転入届ではありません。", "Step: this step is not a move-in notification.");
        }

        if (!counterCase.IsOpen || StepTransitions.IsFinished(step.State) || step.State == StepState.Returned)
        {
            throw new CaseRuleException("state", $"状態：「{CaseStateNames.Ja(step.State)}」の手続は実行できません。", $"State: a step that is {CaseStateNames.En(step.State)} cannot be executed.");
        }

        var outcome = await register.MoveInAsync(draft, TokyoTime.Today(time), RegisterKey(stepId), cancellationToken);
        if (!outcome.Succeeded)
        {
            return new RegisterStepOutcome(null, null, [.. outcome.Problems.Select(p => new CaseProblem(p.Field, p.MessageJa, p.MessageEn))]);
        }

        var changed = await unitOfWork.RunAsync(db, async ct =>
        {
            var tracked = await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId, ct) ?? throw new CaseNotFoundException();
            var now = time.GetUtcNow();
            var done = tracked.CompleteExecutedStep(stepId, outcome.HouseholdId!.Value, SettingChangeActor.IdOf(actor), now);
            tracked.DraftJson = JsonSerializer.Serialize(draft, Json);
            await audit.AppendAsync(new AuditEntry("counter.step-executed", "counter-case-step", done.Id.ToString()), ct);
            outbox.Add(new CaseStepCompleted(tracked.Id, done.Id, done.ProcedureCode, done.Department, true, now));
            return CaseWorkHandler.Changed(tracked, done);
        }, cancellationToken);
        return new RegisterStepOutcome(changed, outcome.HouseholdId, []);
    }
}
